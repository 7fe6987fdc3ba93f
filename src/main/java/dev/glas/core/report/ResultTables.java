package dev.glas.core.report;

import dev.glas.core.churn.Collinearity;
import dev.glas.core.segment.KScore;
import dev.glas.core.segment.Profiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Result tables with typed values for copy and export from the UI (the pages show some of these results only
 * as charts or formatted text): headers in the UI language, numbers as numbers; {@code null} when there is
 * no result yet (the menu then does nothing).
 */
public final class ResultTables {

    private ResultTables() {
    }

    /** The k-sweep: one row per k with every quality measure. */
    public static TableExport.Table kSweep(String title, List<KScore> scores) {
        ReportText t = ReportText.current();
        List<List<Object>> rows = new ArrayList<>();
        for (KScore s : scores) {
            rows.add(Arrays.asList(s.k(), finite(s.inertia()), finite(s.silhouette()), finite(s.calinskiHarabasz()),
                    finite(s.daviesBouldin()), finite(s.stability())));
        }
        return new TableExport.Table(title, List.of("k", t.get("report.sweep.inertia"), t.get("report.sweep.silhouette"),
                "Calinski–Harabasz", "Davies–Bouldin", t.get("report.sweep.stability")), rows);
    }

    /**
     * Cluster profiles: name, size, share, then the mean and the median of every feature; the last row is
     * all rows together.
     */
    public static TableExport.Table clusterProfiles(String title, Profiles p, List<String> names) {
        if (p == null) {
            return null;
        }
        ReportText t = ReportText.current();
        List<String> headers = new ArrayList<>(List.of(t.get("report.clusters.cluster"), t.get("report.clusters.size"),
                t.get("report.clusters.share")));
        for (String f : p.features()) {
            headers.add(t.get("project.export.col.mean", f));
        }
        for (String f : p.features()) {
            headers.add(t.get("project.export.col.median", f));
        }
        List<List<Object>> rows = new ArrayList<>();
        long total = 0;
        for (Profiles.ClusterProfile c : p.clusters()) {
            List<Object> row = new ArrayList<>();
            row.add(c.cluster() < names.size() ? names.get(c.cluster()) : String.valueOf(c.cluster() + 1));
            row.add(c.size());
            row.add(c.share());
            for (double v : c.mean()) {
                row.add(finite(v));
            }
            for (double v : c.median()) {
                row.add(finite(v));
            }
            rows.add(row);
            total += c.size();
        }
        List<Object> all = new ArrayList<>();
        all.add(t.get("report.clusters.all"));
        all.add(total);
        all.add(1.0);
        for (double v : p.overallMean()) {
            all.add(finite(v));
        }
        for (double v : p.overallMedian()) {
            all.add(finite(v));
        }
        rows.add(all);
        return new TableExport.Table(title, headers, rows);
    }

    /** The column profile of a dataset, as on the Data page and the report's profile sheet. */
    public static TableExport.Table columnProfile(String title, dev.glas.core.data.DatasetProfile p) {
        if (p == null) {
            return null;
        }
        ReportText t = ReportText.current();
        List<List<Object>> rows = new ArrayList<>();
        for (dev.glas.core.data.ColumnProfile c : p.columns()) {
            String top = c.topValues().stream().limit(5).map(dev.glas.core.data.ValueCount::value)
                    .collect(java.util.stream.Collectors.joining(", "));
            rows.add(Arrays.asList(c.name(), t.get(c.type().messageKey()), c.count(), c.missing(), c.distinct(),
                    c.min() != null ? c.min() : c.minText(), c.max() != null ? c.max() : c.maxText(),
                    c.mean(), c.median(), c.std(), top.isEmpty() ? null : top));
        }
        return new TableExport.Table(title, List.of(t.get("report.col.column"), t.get("report.col.type"),
                t.get("report.col.count"), t.get("report.col.missing"), t.get("report.col.distinct"),
                t.get("report.col.min"), t.get("report.col.max"), t.get("report.col.mean"), t.get("report.col.median"),
                t.get("report.col.std"), t.get("report.col.top.values")), rows);
    }

    /** Variance inflation factors with the assessment; an infinite VIF (exact collinearity) as "∞". */
    public static TableExport.Table vif(String title, List<Collinearity.Vif> vifs) {
        if (vifs == null) {
            return null;
        }
        ReportText t = ReportText.current();
        List<List<Object>> rows = new ArrayList<>();
        for (Collinearity.Vif v : vifs) {
            String level = Double.isInfinite(v.vif()) || v.vif() >= Collinearity.VIF_SEVERE ? "report.vif.severe"
                    : v.vif() >= Collinearity.VIF_WARN ? "report.vif.warn" : "report.vif.ok";
            rows.add(Arrays.asList(v.feature(), Double.isInfinite(v.vif()) ? "∞" : finite(v.vif()), t.get(level)));
        }
        return new TableExport.Table(title, List.of(t.get("report.col.feature"), "VIF", t.get("report.col.assessment")),
                rows);
    }

    /** A matrix of counts with row and column labels ({@code corner} above the row labels). */
    public static TableExport.Table counts(String title, String corner, List<String> rowLabels,
                                           List<String> columnLabels, int[][] counts) {
        List<String> headers = new ArrayList<>();
        headers.add(corner);
        headers.addAll(columnLabels);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < rowLabels.size(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(rowLabels.get(r));
            for (int c = 0; c < columnLabels.size(); c++) {
                row.add(c < counts[r].length ? counts[r][c] : null);
            }
            rows.add(row);
        }
        return new TableExport.Table(title, headers, rows);
    }

    /**
     * A client's score explained: the base value, one row per reason with its contribution and the running
     * total, and the output (as the waterfall chart shows them).
     */
    public static TableExport.Table contributions(String title, String baseLabel, double base, List<String> reasons,
                                                  List<Double> values, String outputLabel) {
        ReportText t = ReportText.current();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(baseLabel, null, finite(base)));
        double level = base;
        for (int i = 0; i < reasons.size(); i++) {
            level += values.get(i);
            rows.add(Arrays.asList(reasons.get(i), finite(values.get(i)), finite(level)));
        }
        rows.add(Arrays.asList(outputLabel, null, finite(level)));
        return new TableExport.Table(title, List.of(t.get("report.col.feature"), t.get("project.export.col.contribution"),
                t.get("project.export.col.running")), rows);
    }

    /**
     * A text classification: per label the texts given that label; with an evaluation also precision, recall,
     * F1, support and the confusion row (true label × predicted label), then the macro average.
     */
    public static TableExport.Table textClassification(String title, dev.glas.core.text.TextClassification.Result r) {
        if (r == null) {
            return null;
        }
        ReportText t = ReportText.current();
        dev.glas.core.text.Evaluation e = r.evaluation();
        List<String> headers = new ArrayList<>(List.of(t.get("report.text.label"), t.get("report.clusters.size")));
        List<String> labels = new ArrayList<>(r.labelCounts().keySet());
        if (e != null) {
            headers.addAll(List.of(t.get("report.metric.precision"), t.get("report.metric.recall"), "F1",
                    t.get("report.text.support")));
            for (String l : e.labels()) {
                headers.add("→ " + l);
                if (!labels.contains(l)) {
                    labels.add(l);
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (String l : labels) {
            List<Object> row = new ArrayList<>();
            row.add(l);
            row.add(r.labelCounts().get(l));
            int i = e == null ? -1 : e.labels().indexOf(l);
            if (e != null) {
                if (i < 0) {
                    for (int k = 0; k < 4 + e.labels().size(); k++) {
                        row.add(null);
                    }
                } else {
                    row.addAll(Arrays.asList(finite(e.precision()[i]), finite(e.recall()[i]), finite(e.f1()[i]),
                            e.support()[i]));
                    for (int j = 0; j < e.labels().size(); j++) {
                        row.add(e.confusion()[i][j]);
                    }
                }
            }
            rows.add(row);
        }
        if (e != null) {
            List<Object> macro = new ArrayList<>(Arrays.asList(t.get("report.text.macro"), null, null, null,
                    finite(e.macroF1()), e.rows()));
            for (int j = 0; j < e.labels().size(); j++) {
                macro.add(null);
            }
            rows.add(macro);
        }
        return new TableExport.Table(title, headers, rows);
    }

    /**
     * The points of a cluster map: the data row (1-based), its cluster and its map coordinates.
     *
     * @param labels     cluster per clustered row (the projection's rows index them)
     * @param sourceRows data row per clustered row
     */
    public static TableExport.Table projection(String title, dev.glas.core.segment.Projection pr, int[] labels,
                                               int[] sourceRows, List<String> names) {
        if (pr == null || labels == null) {
            return null;
        }
        ReportText t = ReportText.current();
        String axis = "pca".equalsIgnoreCase(pr.method()) ? "PC" : pr.method().toUpperCase(java.util.Locale.ROOT)
                .replace("TSNE", "t-SNE") + " ";
        List<String> headers = new ArrayList<>(List.of(t.get("project.export.col.row"), t.get("report.clusters.cluster")));
        for (int d = 0; d < pr.dims(); d++) {
            headers.add(axis + (d + 1));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < pr.rows().length; i++) {
            int r = pr.rows()[i];
            int c = r < labels.length ? labels[r] : -1;
            List<Object> row = new ArrayList<>();
            row.add(sourceRows != null && r < sourceRows.length ? sourceRows[r] + 1 : r + 1);
            row.add(c >= 0 && c < names.size() ? names.get(c) : c < 0 ? null : String.valueOf(c + 1));
            for (double v : pr.coords()[i]) {
                row.add(finite(v));
            }
            rows.add(row);
        }
        return new TableExport.Table(title, headers, rows);
    }

    /**
     * RFM per customer: recency, frequency, monetary value, their quintile scores, the segment and (when the
     * customers were also clustered) the cluster, as on the report's RFM sheet.
     *
     * @param clusters cluster per customer (0-based), or {@code null}
     */
    public static TableExport.Table rfm(String title, dev.glas.core.segment.RfmResult r, int[] clusters) {
        if (r == null) {
            return null;
        }
        ReportText t = ReportText.current();
        List<String> headers = new ArrayList<>(List.of(t.get("report.rfm.customer"), t.get("report.rfm.recency"),
                t.get("report.rfm.frequency"), t.get("report.rfm.monetary"), "R", "F", "M", "RFM",
                t.get("report.rfm.segment")));
        if (clusters != null) {
            headers.add(t.get("report.clusters.cluster"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            List<Object> row = new ArrayList<>(Arrays.asList(r.customers().get(i), r.recency()[i], r.frequency()[i],
                    finite(r.monetary()[i]), r.r()[i], r.f()[i], r.m()[i], r.score(i),
                    t.get(r.segments().get(i).messageKey())));
            if (clusters != null) {
                row.add(i < clusters.length ? clusters[i] + 1 : null);
            }
            rows.add(row);
        }
        return new TableExport.Table(title, headers, rows);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
