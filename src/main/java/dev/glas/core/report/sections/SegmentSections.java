package dev.glas.core.report.sections;

import dev.glas.core.report.DataColumn;
import dev.glas.core.report.ReportSection;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.SheetWriter;
import dev.glas.core.report.SimpleChart;
import dev.glas.core.segment.KScore;
import dev.glas.core.segment.SweepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Report sheets of customer segmentation: the k-sweep table and the cluster profiles. */
public final class SegmentSections {

    private SegmentSections() {
    }

    /** The choose-k sweep: quality figures per k and the recommendation. */
    public static final ReportSection<SweepResult> SWEEP = new ReportSection<>() {
        @Override
        public String id() {
            return "segment.sweep";
        }

        @Override
        public String titleKey() {
            return "report.section.sweep";
        }

        @Override
        public void write(SweepResult r, SheetWriter sheet, ReportText t) {
            sheet.title(t.get("report.sweep.title", r.rows(), r.features().size()));
            sheet.note(t.get("report.sweep.recommended", r.recommendedK(), t.get(r.reasonKey(), r.reasonArgs().toArray())));
            sheet.note(t.get("report.sweep.seed", r.seed(), String.join(", ", r.features())));
            SheetWriter.Table table = sheet.table("k", t.get("report.sweep.inertia"), t.get("report.sweep.silhouette"),
                    "Calinski–Harabasz", "Davies–Bouldin", t.get("report.sweep.stability"));
            List<String> labels = new ArrayList<>();
            double[] sil = new double[r.scores().size()];
            int i = 0;
            for (KScore s : r.scores()) {
                table.row(s.k(), s.inertia(), SheetWriter.precise(s.silhouette()), s.calinskiHarabasz(),
                        SheetWriter.precise(s.daviesBouldin()), SheetWriter.precise(s.stability()));
                labels.add(Integer.toString(s.k()));
                sil[i++] = s.silhouette();
            }
            table.end();
            sheet.image(SimpleChart.bars(t.get("report.sweep.silhouette.chart"), labels, sil).png(640, 300), 640, 300);
        }
    };

    /**
     * Cluster profiles.
     *
     * @param k          the number of clusters
     * @param names      cluster index (0-based) → name given by the analyst (may be empty)
     * @param sizes      rows per cluster
     * @param features   feature names
     * @param means      [cluster][feature] mean of the original (unscaled) values
     * @param overall    overall mean per feature
     * @param rowCluster per data row (of the analysed source), the cluster index or -1 when the row was not
     *                   clustered (dropped by preparation)
     */
    public record Profiles(int k, Map<Integer, String> names, int[] sizes, List<String> features, double[][] means,
                           double[] overall, int[] rowCluster) {

        public String name(int cluster, ReportText t) {
            String n = names == null ? null : names.get(cluster);
            return n == null || n.isBlank() ? t.get("report.cluster.default.name", cluster + 1) : n;
        }
    }

    public static final ReportSection<Profiles> PROFILES = new ReportSection<>() {
        @Override
        public String id() {
            return "segment.profiles";
        }

        @Override
        public String titleKey() {
            return "report.section.clusters";
        }

        @Override
        public void write(Profiles p, SheetWriter sheet, ReportText t) {
            sheet.title(t.get("report.clusters.title", p.k()));
            List<String> headers = new ArrayList<>();
            headers.add(t.get("report.clusters.cluster"));
            headers.add(t.get("report.clusters.size"));
            headers.add(t.get("report.clusters.share"));
            headers.addAll(p.features());
            SheetWriter.Table table = sheet.table(headers);
            long total = 0;
            for (int s : p.sizes()) {
                total += s;
            }
            for (int c = 0; c < p.k(); c++) {
                List<Object> row = new ArrayList<>();
                row.add(p.name(c, t));
                row.add(p.sizes()[c]);
                row.add(SheetWriter.percent(total == 0 ? 0 : p.sizes()[c] / (double) total));
                for (int f = 0; f < p.features().size(); f++) {
                    row.add(p.means()[c][f]);
                }
                table.row(row);
            }
            List<Object> all = new ArrayList<>();
            all.add(t.get("report.clusters.all"));
            all.add(total);
            all.add(SheetWriter.percent(1));
            for (double v : p.overall()) {
                all.add(v);
            }
            table.row(all);
            table.end();
            List<String> labels = new ArrayList<>();
            double[] sizes = new double[p.k()];
            for (int c = 0; c < p.k(); c++) {
                labels.add(p.name(c, t));
                sizes[c] = p.sizes()[c];
            }
            sheet.image(SimpleChart.bars(t.get("report.clusters.sizes.chart"), labels, sizes).png(640, 300), 640, 300);
        }

        @Override
        public List<DataColumn> dataColumns(Profiles p, ReportText t) {
            int[] rc = p.rowCluster().clone();
            String[] names = new String[p.k()];
            for (int c = 0; c < p.k(); c++) {
                names[c] = p.name(c, t);
            }
            return List.of(new DataColumn(t.get("report.clusters.cluster"), rc.length,
                    r -> rc[r] < 0 ? null : names[rc[r]], null));
        }
    };
}
