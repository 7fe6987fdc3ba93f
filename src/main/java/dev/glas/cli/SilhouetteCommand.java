package dev.glas.cli;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.segment.ClusterMetrics;
import dev.glas.core.segment.Points;
import dev.glas.core.segment.SegmentSetup;
import dev.glas.core.task.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas silhouette}: exact silhouette (and CH, DB) of given labels, for checks against other tools. */
@Command(name = "silhouette", mixinStandardHelpOptions = true,
        description = "Exact silhouette, Calinski-Harabasz and Davies-Bouldin of a labelling of numeric rows.")
public final class SilhouetteCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "data file")
    Path file;

    @Option(names = "--labels", required = true, description = "text file with one integer label per line")
    Path labels;

    @Option(names = "--features", split = ",", description = "feature columns (default: all numeric)")
    List<String> features;

    @Option(names = "--rows", description = "use only the first N rows")
    Integer rows;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Dataset data = new DataImporter().read(file);
        int[] lab = Files.readAllLines(labels).stream().filter(s -> !s.isBlank())
                .mapToInt(s -> (int) Double.parseDouble(s.trim())).toArray();
        List<String> feats = SegmentSetup.features(data, features, false);
        FeatureMatrix fm = FeatureMatrix.of(data, feats);
        int n = rows == null ? fm.rows() : Math.min(rows, fm.rows());
        if (lab.length < n) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    dev.glas.core.i18n.Messages.get("segment.cli.error.labels", lab.length, n));
        }
        Points p = Points.of(fm.rows(java.util.stream.IntStream.range(0, n).toArray()));
        int[] l = java.util.Arrays.copyOf(lab, n);
        long t0 = System.nanoTime();
        double s = ClusterMetrics.silhouette(p, l, Cancellation.NEVER);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", n);
        out.put("silhouette", s);
        out.put("calinski_harabasz", ClusterMetrics.calinskiHarabasz(p, l));
        out.put("davies_bouldin", ClusterMetrics.daviesBouldin(p, l));
        out.put("seconds", seconds);
        Json.print(spec.commandLine().getOut(), out);
        return GlasCli.EXIT_OK;
    }
}
