package dev.glas.core.churn;

import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.prep.PrepResult;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** Scores new clients with a saved {@link ChurnModel}: probability, label at the threshold and top-3 reasons. */
public final class Scorer {

    public static final int REASONS = 3;

    private Scorer() {
    }

    /**
     * Scores of one file.
     *
     * @param data          the scored data (all its columns, for writing)
     * @param scores        probability of the positive class per row
     * @param positive      label at the model threshold
     * @param reasons       top reasons per row (input columns pushing the score up most); empty for rows the
     *                      policy leaves out
     * @param reasonRows    which rows got reasons
     * @param explained     number of rows that got reasons
     * @param msPerClient   wall time of the batch per row, milliseconds
     * @param singleClientMs median time to score a single client alone, milliseconds
     * @param seconds       wall time of the batch
     */
    public record Scores(Dataset data, double[] scores, boolean[] positive, List<List<ChurnModel.Reason>> reasons,
                         ReasonRows reasonRows, int explained, double msPerClient, double singleClientMs,
                         double seconds) {
    }

    /** Checks the schema: every model input present, numeric inputs numeric. */
    public static void checkSchema(ChurnModel model, Dataset data) throws ChurnException {
        List<String> missing = new ArrayList<>();
        List<String> mistyped = new ArrayList<>();
        for (int i = 0; i < model.features().size(); i++) {
            String f = model.features().get(i);
            if (!data.columnNames().contains(f)) {
                missing.add(f);
            } else if (model.featureTypes().get(i).isNumeric() && !(data.column(f) instanceof NumericColumn<?>)) {
                mistyped.add(f + " (" + data.type(f).name().toLowerCase(Locale.ROOT) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new ChurnException("churn.error.schema.missing", String.join(", ", missing));
        }
        if (!mistyped.isEmpty()) {
            throw new ChurnException("churn.error.schema.mistyped", String.join(", ", mistyped));
        }
    }

    /** Scores every row with reasons for all of them. */
    public static Scores score(ChurnModel model, Dataset data, Progress progress, Cancellation cancellation)
            throws LocalizedException {
        return score(model, data, ReasonRows.ALL, progress, cancellation);
    }

    /**
     * Scores every row; reasons for the rows {@code reasonRows} selects (the others get an empty list). The
     * single-client time is measured with reasons unless the policy is {@link ReasonRows#NONE}.
     */
    public static Scores score(ChurnModel model, Dataset data, ReasonRows reasonRows, Progress progress,
                               Cancellation cancellation) throws LocalizedException {
        checkSchema(model, data);
        long t0 = System.nanoTime();
        int n = data.rowCount();
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        double[][] cols = prepare(model, data, all, cancellation);
        progress.report(0.3, "churn.progress.scoring");
        double[] p = model.model().predict(cols);
        boolean[] label = new boolean[n];
        int[] explain = new int[n];
        int explained = 0;
        for (int i = 0; i < n; i++) {
            label[i] = p[i] >= model.threshold();
            if (reasonRows.explains(label[i])) {
                explain[explained++] = i;
            }
        }
        List<List<ChurnModel.Reason>> reasons = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
        // chunks sized to take ~100 ms each, so cancellation is seen quickly even with the forest's exact TreeSHAP
        // (its per-tree plans are built in the first chunk and reused)
        int chunk = 16;
        int start = 0;
        while (start < explained) {
            cancellation.check();
            int[] rows = Arrays.copyOfRange(explain, start, Math.min(explained, start + chunk));
            long c0 = System.nanoTime();
            List<List<ChurnModel.Reason>> rs = model.reasons(cols, rows, null);
            for (int k = 0; k < rows.length; k++) {
                List<ChurnModel.Reason> r = rs.get(k);
                reasons.set(rows[k], r.subList(0, Math.min(REASONS, r.size())));
            }
            double ms = (System.nanoTime() - c0) / 1e6;
            start += rows.length;
            progress.report(0.3 + 0.7 * start / Math.max(1, explained), "churn.progress.scoring");
            chunk = (int) Math.max(1, Math.min(4000, rows.length * 100 / Math.max(ms, 1e-3)));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double single = n == 0 ? Double.NaN : singleClientMs(model, data, reasonRows != ReasonRows.NONE, cancellation);
        return new Scores(data, p, label, List.copyOf(reasons), reasonRows, explained,
                n == 0 ? 0 : seconds * 1000 / n, single, seconds);
    }

    /** Median over 15 runs (after 3 warm-ups) of scoring the first client alone: pipeline, model (and reasons). */
    static double singleClientMs(ChurnModel model, Dataset data, boolean withReasons, Cancellation cancellation)
            throws LocalizedException {
        Dataset one = data.rows(new int[] {0}, data.name());
        double[] t = new double[15];
        for (int r = -3; r < t.length; r++) {
            long s = System.nanoTime();
            double[][] c = prepare(model, one, new int[] {0}, cancellation);
            model.model().predict(c);
            if (withReasons) {
                model.reasons(c, new int[] {0}, null);
            }
            if (r >= 0) {
                t[r] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    /** Prepared features of the rows of {@code data}, in the model's order. */
    static double[][] prepare(ChurnModel model, Dataset data, int[] rows, Cancellation cancellation)
            throws LocalizedException {
        Dataset x = ChurnLab.select(data, rows, model.features());
        PrepResult r = model.pipeline().transform(x, true, List.of(), Progress.NONE, cancellation);
        FeatureMatrix fm = r.features(model.prepared());
        return fm.columns();
    }

    /** Writes the input columns plus churn_score, churn_label and reason_1..3 as UTF-8 CSV. */
    public static void writeCsv(ChurnModel model, Scores s, Path out) throws IOException {
        Dataset d = s.data();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<String> head = new ArrayList<>(d.columnNames());
            head.addAll(List.of("churn_score", "churn_label", "reason_1", "reason_2", "reason_3"));
            w.write(String.join(",", head.stream().map(Scorer::csv).toList()));
            w.write('\n');
            List<Column<?>> cols = d.table().columns();
            for (int i = 0; i < d.rowCount(); i++) {
                StringBuilder b = new StringBuilder();
                for (Column<?> c : cols) {
                    b.append(c.isMissing(i) ? "" : csv(c.getString(i))).append(',');
                }
                b.append(String.format(Locale.ROOT, "%.6f", s.scores()[i])).append(',');
                b.append(csv(s.positive()[i] ? model.positive() : model.negative()));
                List<ChurnModel.Reason> rs = s.reasons().get(i);
                for (int k = 0; k < REASONS; k++) {
                    b.append(',');
                    if (k < rs.size()) {
                        ChurnModel.Reason r = rs.get(k);
                        Column<?> c = d.column(r.column());
                        String v = c.isMissing(i) ? "" : c.getString(i);
                        b.append(csv(String.format(Locale.ROOT, "%s=%s (%+.3f)", r.column(), v, r.contribution())));
                    }
                }
                w.write(b.toString());
                w.write('\n');
            }
        }
    }

    static String csv(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
