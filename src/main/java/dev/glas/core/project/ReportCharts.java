package dev.glas.core.project;

import dev.glas.core.data.Dataset;
import dev.glas.core.project.analyses.SegmentAnalysis;
import dev.glas.core.report.ReportContent;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.ScatterChart;
import dev.glas.core.report.sections.SegmentSections;
import dev.glas.core.segment.ClusterMetrics;
import dev.glas.core.segment.Points;
import dev.glas.core.segment.Projection;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;

/**
 * Charts of the report that depend on the analyst's chart choices ({@link Project#chartChoices()}): the
 * cluster map of a segmentation is drawn with the projection chosen on the Segments page
 * ({@code segment.projection}: PCA, t-SNE or UMAP; PCA when nothing was chosen or the method cannot run
 * here), from the clustered rows' standardized features, coloured and named as on the page.
 */
public final class ReportCharts {

    /** Chart choice of the Segments page map (the values are {@link Projection.Method} names). */
    public static final String PROJECTION_CHOICE = "segment.projection";
    /** Report section id that selects the cluster map ({@code --sections}). */
    public static final String MAP_SECTION = "segment.map";
    /** Rows drawn at most (PCA computed on them; t-SNE and UMAP sample further, as on the page). */
    static final int MAX_POINTS = 20_000;

    private ReportCharts() {
    }

    public static List<ReportContent.ChartImage> clusterMaps(Project project, ProjectRunner.Result run, ReportText text,
                                                             Cancellation cancellation) {
        List<ReportContent.ChartImage> out = new ArrayList<>();
        SegmentAnalysis.State state;
        try {
            state = project.get(SegmentAnalysis.INSTANCE).orElse(null);
        } catch (ProjectFormatException e) {
            return out;
        }
        for (ProjectRunner.AnalysisRun r : run.runs()) {
            if (!r.ok() || !(r.result() instanceof SegmentAnalysis.Result res) || state == null) {
                continue;
            }
            try {
                Dataset data = run.inputs().datasetOrPrimary(state.sourceId());
                ReportContent.ChartImage img = clusterMap(data, res.profiles(), method(project), state.seed(), text,
                        cancellation);
                if (img != null) {
                    out.add(img);
                }
            } catch (dev.glas.core.task.CancelledException e) {
                throw e;
            } catch (Exception e) {
                // the data could not be read again: the map is left out (the analysis' own sheets are there)
            }
        }
        return out;
    }

    /** The chosen projection method, PCA when none (or an unknown one) is stored. */
    static Projection.Method method(Project project) {
        String m = project.chartChoices().get(PROJECTION_CHOICE);
        if (m != null) {
            for (Projection.Method v : Projection.Method.values()) {
                if (v.name().equalsIgnoreCase(m.strip())) {
                    return v;
                }
            }
        }
        return Projection.Method.PCA;
    }

    static ReportContent.ChartImage clusterMap(Dataset data, SegmentSections.Profiles p, Projection.Method method,
                                               long seed, ReportText text, Cancellation cancellation) {
        int[] cluster = p.rowCluster();
        if (cluster == null || cluster.length != data.rowCount() || p.features().size() < 2) {
            return null;
        }
        List<NumericColumn<?>> cols = new ArrayList<>();
        for (String f : p.features()) {
            if (!(data.column(f) instanceof NumericColumn<?> n)) {
                return null;
            }
            cols.add(n);
        }
        List<Integer> usable = new ArrayList<>();
        for (int r = 0; r < cluster.length; r++) {
            if (cluster[r] < 0) {
                continue;
            }
            boolean ok = true;
            for (NumericColumn<?> c : cols) {
                if (c.isMissing(r) || !Double.isFinite(c.getDouble(r))) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                usable.add(r);
            }
        }
        if (usable.size() < 3) {
            return null;
        }
        int[] pick = ClusterMetrics.sample(usable.size(), MAX_POINTS, seed);
        int n = pick.length;
        int d = cols.size();
        double[][] m = new double[n][d];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = usable.get(pick[i]);
            for (int j = 0; j < d; j++) {
                m[i][j] = cols.get(j).getDouble(rows[i]);
            }
        }
        standardize(m);
        cancellation.check();
        Projection pr;
        Projection.Method used = method;
        try {
            pr = Projection.compute(Points.of(m), method, 2, seed, Progress.NONE, cancellation);
        } catch (dev.glas.core.i18n.LocalizedException | RuntimeException | LinkageError e) {
            if (e instanceof dev.glas.core.task.CancelledException c) {
                throw c;
            }
            used = Projection.Method.PCA;
            pr = Projection.pca(Points.of(m), 2, seed);
        }
        double[] x = new double[pr.rows().length];
        double[] y = new double[x.length];
        int[] g = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = pr.coords()[i][0];
            y[i] = pr.coords()[i][1];
            g[i] = cluster[rows[pr.rows()[i]]];
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < p.k(); c++) {
            names.add(p.name(c, text));
        }
        String label = switch (used) {
            case PCA -> "PCA";
            case TSNE -> "t-SNE";
            case UMAP -> "UMAP";
        };
        String axis = used == Projection.Method.PCA ? "PC" : label + " ";
        String title = text.get("report.map.title", label, x.length);
        byte[] png = new ScatterChart(title, axis + "1", axis + "2", x, y, g, names).png(860, 540);
        return png == null ? null : new ReportContent.ChartImage(title, png, 860, 540);
    }

    /** Each column to mean 0 and standard deviation 1 (constant columns to 0). */
    static void standardize(double[][] m) {
        int n = m.length;
        int d = m[0].length;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : m) {
                mean += row[j];
            }
            mean /= n;
            double ss = 0;
            for (double[] row : m) {
                ss += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(ss / Math.max(1, n - 1));
            for (double[] row : m) {
                row[j] = sd > 0 ? (row[j] - mean) / sd : 0;
            }
        }
    }
}
