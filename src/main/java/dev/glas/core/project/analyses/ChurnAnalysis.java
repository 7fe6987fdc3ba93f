package dev.glas.core.project.analyses;

import dev.glas.core.churn.Balance;
import dev.glas.core.churn.ChurnException;
import dev.glas.core.churn.ChurnLab;
import dev.glas.core.churn.ChurnModel;
import dev.glas.core.churn.ChurnOptions;
import dev.glas.core.churn.ChurnResult;
import dev.glas.core.churn.ChurnSetup;
import dev.glas.core.churn.FoldMetrics;
import dev.glas.core.churn.Metrics;
import dev.glas.core.churn.ModelFile;
import dev.glas.core.churn.ModelKind;
import dev.glas.core.churn.ModelScore;
import dev.glas.core.churn.ReasonRows;
import dev.glas.core.churn.Scorer;
import dev.glas.core.data.Dataset;
import dev.glas.core.project.AnalysisInputs;
import dev.glas.core.project.ProjectAnalysis;
import dev.glas.core.report.ReportItem;
import dev.glas.core.report.sections.ChurnSections;
import dev.glas.core.report.sections.ConfusionSection;
import dev.glas.core.report.sections.VifSection;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The churn lab (cross-validated model comparison, final model, scores with reasons) as a project analysis.
 * The trained model is stored in the project as an attachment.
 */
public final class ChurnAnalysis implements ProjectAnalysis<ChurnAnalysis.State, ChurnAnalysis.Result> {

    /** Name of the attachment holding the final model ({@link ModelFile} format). */
    public static final String MODEL_ENTRY = "models/churn/final.glasmodel";

    /**
     * @param sourceId  source (null = first)
     * @param target    label column
     * @param positive  positive class value (null = guessed by the lab)
     * @param features  feature columns (empty = all usable columns)
     * @param drop      columns to leave out of the default features
     * @param models    model ids: lr, rf, gbm, blend (empty = defaults)
     * @param folds     CV folds (0 = default)
     * @param holdout   holdout share (null = default)
     * @param balance   balancing id (null = none)
     * @param seed      the seed
     * @param tuneSeconds random-search budget per model and fold
     * @param threshold decision threshold of the final model (null = the model's)
     * @param costMissed  (schema 2) cost of a missed churner on the page's threshold chart, null = default
     * @param costContact (schema 2) cost of contacting a client, null = default
     * @param shownModel  (schema 2) model id whose curves the page shows, null = the best
     * @param permutationRepeats (schema 2) repeats of the permutation importance, null = default
     * @param steps       (schema 2) the Churn page's preparation steps as a {@link dev.glas.core.prep.Pipeline}
     *                    written by {@link dev.glas.core.prep.PipelineJson} (see {@link ChurnSetup#withSteps}),
     *                    null = the default preparation
     */
    public record State(String sourceId, String target, String positive, List<String> features, List<String> drop,
                        List<String> models, int folds, Double holdout, String balance, long seed, double tuneSeconds,
                        Double threshold, Double costMissed, Double costContact, String shownModel,
                        Integer permutationRepeats, com.fasterxml.jackson.databind.JsonNode steps) {
        public State {
            features = features == null ? List.of() : List.copyOf(features);
            drop = drop == null ? List.of() : List.copyOf(drop);
            models = models == null ? List.of() : List.copyOf(models);
            steps = steps == null || steps.isNull() || steps.isMissingNode() ? null : steps;
        }

        /** The page's preparation steps, or null for the default preparation. */
        public List<dev.glas.core.prep.Step> stepList() throws dev.glas.core.prep.PrepException {
            return steps == null ? null : dev.glas.core.prep.PipelineJson.readPipeline(steps.toString()).steps();
        }

        /** A v1-shaped state (nothing of the page's threshold chart). */
        public State(String sourceId, String target, String positive, List<String> features, List<String> drop,
                     List<String> models, int folds, Double holdout, String balance, long seed, double tuneSeconds,
                     Double threshold) {
            this(sourceId, target, positive, features, drop, models, folds, holdout, balance, seed, tuneSeconds,
                    threshold, null, null, null, null, null);
        }

        public static State of(String target, String positive, long seed) {
            return new State(null, target, positive, List.of(), List.of(), List.of(), 0, null, null, seed, 0, null);
        }
    }

    /** The lab result, the final model and the scores of every row of the analysed data. */
    public record Result(ChurnResult lab, ChurnModel model, Scorer.Scores scores) {
    }

    public static final ChurnAnalysis INSTANCE = new ChurnAnalysis();

    @Override
    public String id() {
        return "churn.lab";
    }

    @Override
    public int schemaVersion() {
        return 2;
    }

    @Override
    public Class<State> stateType() {
        return State.class;
    }

    @Override
    public String titleKey() {
        return "project.analysis.churn";
    }

    @Override
    public Result run(State s, AnalysisInputs inputs, Progress progress, Cancellation cancellation) throws Exception {
        Dataset data = inputs.datasetOrPrimary(s.sourceId());
        if (!data.columnNames().contains(s.target())) {
            throw new ChurnException("churn.error.no.target", s.target());
        }
        ChurnSetup setup = ChurnSetup.defaults(data, s.target(), positive(data, s.target(), s.positive()));
        if (s.steps() != null) { // the Churn page's own steps
            setup = setup.withSteps(data, s.features().isEmpty() ? setup.features() : s.features(), s.stepList());
        } else if (!s.features().isEmpty()) {
            setup = setup.withFeatures(data, s.features());
        } else if (!s.drop().isEmpty()) {
            List<String> f = new ArrayList<>(setup.features());
            f.removeAll(s.drop());
            setup = setup.withFeatures(data, f);
        }
        ChurnOptions d = ChurnOptions.defaults();
        List<ModelKind> kinds = new ArrayList<>();
        for (String m : s.models()) {
            kinds.add(ModelKind.parse(m));
        }
        ChurnOptions o;
        try {
            o = new ChurnOptions(kinds.isEmpty() ? d.models() : kinds, s.folds() == 0 ? d.folds() : s.folds(),
                    s.holdout() == null ? d.holdout() : s.holdout(),
                    s.balance() == null ? d.balance() : Balance.parse(s.balance()), s.seed(), s.tuneSeconds(),
                    s.permutationRepeats() == null ? d.permutationRepeats() : s.permutationRepeats());
        } catch (IllegalArgumentException e) {
            throw new ChurnException("churn.error.option", e.getMessage());
        }
        ChurnResult lab = ChurnLab.run(data, setup, o, progress.slice(0, 0.9), cancellation);
        ChurnModel model = s.threshold() == null ? lab.model() : lab.model().withThreshold(s.threshold());
        // reasons only for the clients at or above the threshold (exact forest TreeSHAP for every row of a large
        // file would take minutes); the report says so
        Scorer.Scores scores = Scorer.score(model, data, ReasonRows.POSITIVE, progress.slice(0.9, 1), cancellation);
        return new Result(lab, model, scores);
    }

    /**
     * The positive value as the lab sees it: a yes/no column imported as boolean shows "true"/"false", so
     * "Yes", "да", "1" become "true" there (and "No", "нет", "0" become "false").
     */
    static String positive(Dataset data, String target, String positive) throws ChurnException {
        if (positive == null) {
            throw new ChurnException("churn.error.option", "positive");
        }
        if (data.column(target) instanceof tech.tablesaw.api.BooleanColumn) {
            String p = positive.strip().toLowerCase(java.util.Locale.ROOT);
            if (List.of("yes", "y", "да", "1", "true", "t").contains(p)) {
                return "true";
            }
            if (List.of("no", "n", "нет", "0", "false", "f").contains(p)) {
                return "false";
            }
        }
        return positive;
    }

    @Override
    public List<ReportItem<?>> report(State state, Result r) {
        List<ReportItem<?>> items = new ArrayList<>();
        items.add(ReportItem.of(ChurnSections.LEADERBOARD, r.lab()));
        items.add(ReportItem.of(ConfusionSection.INSTANCE, confusion(r)));
        if (!r.lab().vif().isEmpty()) {
            items.add(ReportItem.of(VifSection.INSTANCE, r.lab().vif()));
        }
        if (!r.lab().permutation().isEmpty()) {
            items.add(ReportItem.of(ChurnSections.IMPORTANCE, r.lab().permutation()));
        }
        items.add(ReportItem.of(ChurnSections.SCORES, new ChurnSections.RowScores(r.model(), r.scores())));
        return items;
    }

    /** Confusion of the final model on the holdout rows, or of the best model's out-of-fold scores without one. */
    static ConfusionSection.Result confusion(Result r) {
        ChurnResult lab = r.lab();
        double t = r.model().threshold();
        Metrics.Confusion c;
        String model;
        if (lab.holdoutRows().length > 0) {
            c = Metrics.confusion(lab.yHoldout(), lab.holdoutScores(), t);
            model = r.model().modelName() + " (holdout)";
        } else {
            ModelScore best = lab.best();
            c = Metrics.confusion(lab.yCv(), best.oof(), t);
            model = best.name() + " (CV)";
        }
        return new ConfusionSection.Result(model, t, r.model().positive(), r.model().negative(), c);
    }

    @Override
    public Map<String, byte[]> attachments(State state, Result result) throws Exception {
        return Map.of(MODEL_ENTRY, ChurnSnapshot.modelBytes(result.model()),
                ChurnSnapshot.ENTRY, ChurnSnapshot.of(result.lab()).write());
    }

    @Override
    public Map<String, Object> summary(State state, Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        ChurnResult lab = r.lab();
        m.put("rows", lab.rows());
        m.put("positives", lab.positives());
        m.put("best_model", lab.best().kind().id());
        m.put("cv_roc_auc", lab.best().mean(FoldMetrics::rocAuc));
        if (lab.holdout() != null) {
            m.put("holdout_roc_auc", lab.holdout().rocAuc());
        }
        List<Map<String, Object>> board = new ArrayList<>();
        for (ModelScore s : lab.leaderboard()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("model", s.kind().id());
            e.put("roc_auc", s.mean(FoldMetrics::rocAuc));
            e.put("pr_auc", s.mean(FoldMetrics::prAuc));
            board.add(e);
        }
        m.put("leaderboard", board);
        int predicted = 0;
        for (boolean b : r.scores().positive()) {
            predicted += b ? 1 : 0;
        }
        m.put("predicted_positive", predicted);
        m.put("seed", state.seed());
        return m;
    }
}
