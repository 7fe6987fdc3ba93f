package dev.glas.core.project.analyses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.DropColumns;
import dev.glas.core.prep.Pipeline;
import dev.glas.core.prep.PipelineJson;
import dev.glas.core.prep.PrepException;
import dev.glas.core.prep.Step;
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
import java.util.ArrayList;
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
     * @param steps     (schema 2) the Segments page's preparation steps as a {@link Pipeline} written by
     *                  {@link PipelineJson}, applied after keeping only {@code features}; null = the v1 recipe
     *                  ({@code dropIds}, {@code impute}, {@code scale})
     */
    public record State(String sourceId, List<String> features, boolean dropIds, String impute, String scale,
                        int kMin, int kMax, int restarts, long seed, Integer k, Map<Integer, String> clusterNames,
                        JsonNode steps) {
        public State {
            features = features == null ? List.of() : List.copyOf(features);
            clusterNames = clusterNames == null ? Map.of() : Map.copyOf(clusterNames);
            steps = steps == null || steps.isNull() || steps.isMissingNode() ? null : steps;
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

        /** A v1-shaped state (no page steps). */
        public State(String sourceId, List<String> features, boolean dropIds, String impute, String scale, int kMin,
                     int kMax, int restarts, long seed, Integer k, Map<Integer, String> clusterNames) {
            this(sourceId, features, dropIds, impute, scale, kMin, kMax, restarts, seed, k, clusterNames, null);
        }

        public static State defaults() {
            return new State(null, List.of(), true, "median", "zscore", 2, 8, 3, SweepOptions.DEFAULT_SEED, null,
                    Map.of(), null);
        }

        /** The state of the Segments page: chosen columns, its steps, the k range, seed, k and cluster names. */
        public static State ofPage(List<String> features, Pipeline steps, int kMin, int kMax, long seed, Integer k,
                                   Map<Integer, String> clusterNames) {
            return new State(null, features, false, null, null, kMin, kMax, 3, seed, k, clusterNames,
                    PipelineJson.mapper().valueToTree(steps));
        }

        /** The same state on another source (null = the first). */
        public State withSourceId(String id) {
            return new State(id, features, dropIds, impute, scale, kMin, kMax, restarts, seed, k, clusterNames, steps);
        }

        /** The page's steps (empty for a v1 state). */
        public Pipeline pipelineSteps() throws PrepException {
            return steps == null || steps.isNull() ? new Pipeline(List.of())
                    : PipelineJson.readPipeline(steps.toString());
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
        return 2;
    }

    /** Version 1 had no {@code steps}: it stays null, which selects the v1 recipe (drop ids, impute, scale). */
    @Override
    public JsonNode upgrade(JsonNode stored, int storedVersion) {
        if (stored instanceof ObjectNode o && storedVersion < 2) {
            ObjectNode copy = o.deepCopy();
            copy.putNull("steps");
            return copy;
        }
        return stored;
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
        List<String> feats;
        PrepResult prepared;
        FeatureMatrix fm;
        if (s.steps() == null || s.steps().isNull()) {
            feats = SegmentSetup.features(data, s.features(), s.dropIds());
            Impute.Method im = s.impute() == null ? null : Impute.Method.valueOf(s.impute().toUpperCase(Locale.ROOT));
            Scale.Method sm = s.scale() == null ? null : Scale.Method.valueOf(s.scale().toUpperCase(Locale.ROOT));
            prepared = SegmentSetup.pipeline(data, feats, im, sm).fit(data);
            fm = prepared.features(feats);
        } else {
            // as the Segments page does: keep the chosen columns, replay its steps, cluster every prepared feature
            prepared = pagePipeline(data, s.features(), s.pipelineSteps()).fit(data, progress.slice(0, 0.05),
                    cancellation);
            fm = prepared.features();
            feats = fm.names().stream().filter(f -> data.columnNames().contains(f)
                    && data.column(f) instanceof NumericColumn<?>).toList();
        }
        SweepOptions o = new SweepOptions(s.kMin(), s.kMax(), s.restarts(), s.seed(), 10_000, 10_000, 5, 5_000);
        SweepResult sweep = KSweep.run(Points.of(fm), fm.names(), o, progress.slice(0.05, 0.95), cancellation);
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

    /** The Segments page's pipeline: drop every column not chosen, then the analyst's steps. */
    public static Pipeline pagePipeline(Dataset data, List<String> features, Pipeline steps) {
        List<Step> all = new ArrayList<>();
        List<String> drop = data.columnNames().stream().filter(c -> !features.contains(c)).toList();
        if (!drop.isEmpty()) {
            all.add(new DropColumns(drop));
        }
        all.addAll(steps.steps());
        return new Pipeline(all);
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
