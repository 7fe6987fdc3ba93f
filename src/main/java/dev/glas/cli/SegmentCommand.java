package dev.glas.cli;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.PrepResult;
import dev.glas.core.prep.Scale;
import dev.glas.core.segment.KSweep;
import dev.glas.core.segment.KScore;
import dev.glas.core.segment.Points;
import dev.glas.core.segment.SegmentSetup;
import dev.glas.core.segment.SweepOptions;
import dev.glas.core.segment.SweepResult;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas segment}: the choose-k sweep of k-means on numeric features. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "K-means sweep over a k range with inertia, silhouette, Calinski-Harabasz, Davies-Bouldin, "
                + "stability and a recommended k.")
public final class SegmentCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "data file (CSV/XLSX/JSON)")
    Path file;

    @Option(names = "--features", split = ",", description = "feature columns (default: all numeric columns)")
    List<String> features;

    @Option(names = "--drop-id", description = "leave out identifier-like columns")
    boolean dropId;

    @Option(names = "--impute", defaultValue = "none",
            description = "none, mean, median, mode, random, knn, iterative (default none)")
    String impute;

    @Option(names = "--scale", defaultValue = "none", description = "none, zscore, minmax, robust (default none)")
    String scale;

    @Option(names = "--k", defaultValue = "2..15", description = "k range, e.g. 2..15 or 4 (default 2..15)")
    String k;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default 42)")
    long seed;

    @Option(names = "--restarts", defaultValue = "3", description = "k-means++ restarts per k (default 3)")
    int restarts;

    @Option(names = "--silhouette-exact-max", defaultValue = "10000",
            description = "exact silhouette up to this many rows, sampled above (default 10000)")
    int silhouetteExactMax;

    @Option(names = "--labels-out", description = "write the input rows with the cluster of the recommended k")
    Path labelsOut;

    @Option(names = "--model-out", description = "save the model of the recommended k (pipeline + centres) for "
            + "scoring new files with `glas segment-score`")
    Path modelOut;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int[] range = parseRange(k);
        Impute.Method im = "none".equalsIgnoreCase(impute) ? null : parseEnum(Impute.Method.class, impute, "--impute");
        Scale.Method sm = "none".equalsIgnoreCase(scale) ? null : parseEnum(Scale.Method.class, scale, "--scale");
        Dataset data = new DataImporter().read(file);
        long t0 = System.nanoTime();
        List<String> feats = SegmentSetup.features(data, features, dropId);
        PrepResult prepared = SegmentSetup.pipeline(data, feats, im, sm).fit(data);
        FeatureMatrix fm = prepared.features(feats);
        SweepOptions o = new SweepOptions(range[0], range[1], restarts, seed, silhouetteExactMax, 10_000, 5, 5_000);
        SweepResult r = KSweep.run(Points.of(fm), feats, o, Progress.NONE, Cancellation.NEVER);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (labelsOut != null) {
            writeLabels(data, prepared.sourceRows(), r.model(r.recommendedK()).labels(), labelsOut);
        }
        if (modelOut != null) {
            int best = r.recommendedK();
            List<String> names = new ArrayList<>();
            for (int c = 1; c <= best; c++) {
                names.add(Messages.get("segment.cluster.name", c));
            }
            dev.glas.core.segment.SegmentModel.of(prepared.pipeline(), feats, r.model(best), names, seed).save(modelOut);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", fm.rows());
        out.put("features", feats);
        List<Map<String, Object>> sweep = new ArrayList<>();
        for (KScore s : r.scores()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k", s.k());
            m.put("inertia", s.inertia());
            m.put("silhouette", s.silhouette());
            m.put("calinski_harabasz", s.calinskiHarabasz());
            m.put("davies_bouldin", s.daviesBouldin());
            m.put("stability", s.stability());
            sweep.add(m);
        }
        out.put("sweep", sweep);
        out.put("recommended_k", r.recommendedK());
        out.put("reason", r.reason());
        out.put("knee_k", r.kneeK());
        out.put("silhouette_sampled", r.silhouetteSampled());
        out.put("silhouette_rows", r.silhouetteRows());
        out.put("seed", r.seed());
        out.put("seconds", seconds);
        Json.print(spec.commandLine().getOut(), out);
        return GlasCli.EXIT_OK;
    }

    private int[] parseRange(String text) {
        try {
            String t = text.trim();
            int dots = t.indexOf("..");
            int a = Integer.parseInt(dots < 0 ? t : t.substring(0, dots).trim());
            int b = dots < 0 ? a : Integer.parseInt(t.substring(dots + 2).trim());
            if (a < 2 || b < a) {
                throw new NumberFormatException();
            }
            return new int[] {a, b};
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("segment.cli.error.k", text));
        }
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("segment.cli.error.option", option, value));
        }
    }

    /** The input rows (original values) that were clustered, with a {@code cluster} column (1-based). */
    static void writeLabels(Dataset data, int[] sourceRows, int[] labels, Path out) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<String> cols = data.columnNames();
            StringBuilder sb = new StringBuilder();
            for (String c : cols) {
                sb.append(csv(c)).append(',');
            }
            sb.append("cluster\n");
            w.write(sb.toString());
            for (int i = 0; i < sourceRows.length; i++) {
                sb.setLength(0);
                int r = sourceRows[i];
                for (String c : cols) {
                    var col = data.column(c);
                    sb.append(col.isMissing(r) ? "" : csv(col.getString(r))).append(',');
                }
                sb.append(labels[i] + 1).append('\n');
                w.write(sb.toString());
            }
        }
    }

    private static String csv(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
