package dev.glas.core.project.analyses;

import dev.glas.core.data.Dataset;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.PrepResult;
import dev.glas.core.prep.Scale;
import dev.glas.core.project.AnalysisInputs;
import dev.glas.core.project.ProjectAnalysis;
import dev.glas.core.report.ReportItem;
import dev.glas.core.report.sections.SegmentSections;
import dev.glas.core.segment.KMeansResult;
import dev.glas.core.segment.KSweep;
import dev.glas.core.segment.Points;
import dev.glas.core.segment.SegmentSetup;
import dev.glas.core.segment.SweepOptions;
import dev.glas.core.segment.SweepResult;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;

/** Customer segmentation (k-means sweep, chosen k, cluster names) as a project analysis. */
public final class SegmentAnalysis implements ProjectAnalysis<SegmentAnalysis.State, SegmentAnalysis.Result> {

    /**
     * @param sourceId  source (null = first)
     * @param features  feature columns (empty = all numeric)
     * @param dropIds   leave out identifier-like columns
     * @param impute    {@link Impute.Method} name or null
     * @param scale     {@link Scale.Method} name or null
     * @param kMin      smallest k of the sweep
     * @param kMax      largest k
     * @param restarts  k-means++ restarts per k
     * @param seed      the seed
     * @param k         chosen k (null = the recommended one)
     * @param clusterNames cluster index (0-based) → name
     */
    public record State(String sourceId, List<String> features, boolean dropIds, String impute, String scale,
                        int kMin, int kMax, int restarts, long seed, Integer k, Map<Integer, String> clusterNames) {
        public State {
            features = features == null ? List.of() : List.copyOf(features);
            clusterNames = clusterNames == null ? Map.of() : Map.copyOf(clusterNames);
            if (kMin < 2) {
                kMin = 2;
            }
            if (kMax < kMin) {
                kMax = Math.max(kMin, 8);
            }
            if (restarts < 1) {
                restarts = 3;
            }
        }

        public static State defaults() {
            return new State(null, List.of(), true, "median", "zscore", 2, 8, 3, SweepOptions.DEFAULT_SEED, null,
                    Map.of());
        }
    }

    /** The sweep and the profiles of the chosen k. */
    public record Result(SweepResult sweep, SegmentSections.Profiles profiles) {
    }

    public static final SegmentAnalysis INSTANCE = new SegmentAnalysis();

    @Override
    public String id() {
        return "segment.kmeans";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public Class<State> stateType() {
        return State.class;
    }

    @Override
    public String titleKey() {
        return "project.analysis.segment";
    }

    @Override
    public Result run(State s, AnalysisInputs inputs, Progress progress, Cancellation cancellation) throws Exception {
        Dataset data = inputs.datasetOrPrimary(s.sourceId());
        List<String> feats = SegmentSetup.features(data, s.features(), s.dropIds());
        Impute.Method im = s.impute() == null ? null : Impute.Method.valueOf(s.impute().toUpperCase(Locale.ROOT));
        Scale.Method sm = s.scale() == null ? null : Scale.Method.valueOf(s.scale().toUpperCase(Locale.ROOT));
        PrepResult prepared = SegmentSetup.pipeline(data, feats, im, sm).fit(data);
        FeatureMatrix fm = prepared.features(feats);
        SweepOptions o = new SweepOptions(s.kMin(), s.kMax(), s.restarts(), s.seed(), 10_000, 10_000, 5, 5_000);
        SweepResult sweep = KSweep.run(Points.of(fm), feats, o, progress.slice(0, 0.95), cancellation);
        int k = s.k() != null ? s.k() : sweep.recommendedK();
        KMeansResult model = sweep.model(k);
        int[] sourceRows = prepared.sourceRows();
        int[] rowCluster = new int[data.rowCount()];
        Arrays.fill(rowCluster, -1);
        int[] sizes = new int[k];
        double[][] sums = new double[k][feats.size()];
        int[][] counts = new int[k][feats.size()];
        double[] overall = new double[feats.size()];
        int[] overallN = new int[feats.size()];
        for (int i = 0; i < sourceRows.length; i++) {
            int c = model.labels()[i];
            int r = sourceRows[i];
            rowCluster[r] = c;
            sizes[c]++;
            for (int f = 0; f < feats.size(); f++) {
                NumericColumn<?> col = (NumericColumn<?>) data.column(feats.get(f));
                if (!col.isMissing(r)) {
                    double v = col.getDouble(r);
                    sums[c][f] += v;
                    counts[c][f]++;
                    overall[f] += v;
                    overallN[f]++;
                }
            }
        }
        double[][] means = new double[k][feats.size()];
        for (int c = 0; c < k; c++) {
            for (int f = 0; f < feats.size(); f++) {
                means[c][f] = counts[c][f] == 0 ? Double.NaN : sums[c][f] / counts[c][f];
            }
        }
        for (int f = 0; f < feats.size(); f++) {
            overall[f] = overallN[f] == 0 ? Double.NaN : overall[f] / overallN[f];
        }
        return new Result(sweep, new SegmentSections.Profiles(k, s.clusterNames(), sizes, feats, means, overall,
                rowCluster));
    }

    @Override
    public List<ReportItem<?>> report(State state, Result result) {
        return List.of(ReportItem.of(SegmentSections.PROFILES, result.profiles()),
                ReportItem.of(SegmentSections.SWEEP, result.sweep()));
    }

    @Override
    public Map<String, Object> summary(State state, Result result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", result.sweep().rows());
        m.put("features", result.sweep().features());
        m.put("recommended_k", result.sweep().recommendedK());
        m.put("k", result.profiles().k());
        m.put("cluster_sizes", result.profiles().sizes());
        m.put("silhouette", result.sweep().score(result.profiles().k()).silhouette());
        m.put("seed", result.sweep().seed());
        return m;
    }
}
