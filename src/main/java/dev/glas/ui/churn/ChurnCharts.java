package dev.glas.ui.churn;

import dev.glas.core.churn.ChurnModel;
import dev.glas.core.churn.ChurnResult;
import dev.glas.core.churn.Metrics;
import dev.glas.core.churn.ModelScore;
import dev.glas.core.churn.Scorer;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.List;

/**
 * Chart-ready data of one model of a result: ROC and PR curves, lift by decile and calibration bins of its
 * out-of-fold scores, and per-client reasons of the final model. Plain data, no JavaFX.
 */
public record ChurnCharts(ChurnResult result, ModelScore model) {

    public Metrics.Curve roc() {
        return Metrics.rocCurve(result.yCv(), model.oof());
    }

    public Metrics.Curve pr() {
        return Metrics.prCurve(result.yCv(), model.oof());
    }

    public List<Metrics.LiftBin> lift() {
        return Metrics.liftGain(result.yCv(), model.oof(), 10);
    }

    public List<Metrics.CalibrationBin> calibration() {
        return Metrics.calibration(result.yCv(), model.oof(), 10);
    }

    /** Reasons of the final model for one dataset row: input columns with contributions, plus the base value. */
    public Waterfall waterfall(int datasetRow) throws LocalizedException {
        ChurnModel m = result.model();
        Dataset one = result.data().rows(new int[] {datasetRow}, result.data().name());
        Scorer.Scores s = Scorer.score(m, one, Progress.NONE, Cancellation.NEVER);
        double[] base = new double[1];
        double[][] cols = scorerColumns(m, one);
        List<ChurnModel.Reason> reasons = m.reasons(cols, new int[] {0}, base).get(0);
        return new Waterfall(datasetRow, base[0], reasons, s.scores()[0]);
    }

    private static double[][] scorerColumns(ChurnModel m, Dataset one) throws LocalizedException {
        dev.glas.core.prep.PrepResult r = m.pipeline().transform(one.table().columnNames().containsAll(m.features())
                ? selectFeatures(one, m.features()) : one, true, List.of(), Progress.NONE, Cancellation.NEVER);
        return r.features(m.prepared()).columns();
    }

    private static Dataset selectFeatures(Dataset d, List<String> features) {
        tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create(d.name());
        java.util.Map<String, dev.glas.core.data.ColumnType> types = new java.util.LinkedHashMap<>();
        for (String f : features) {
            t.addColumns(d.column(f));
            types.put(f, d.type(f));
        }
        return new Dataset(d.name(), t, types, null);
    }

    /** One client's reasons, largest contribution first; {@code base} + Σ contributions = raw output. */
    public record Waterfall(int row, double base, List<ChurnModel.Reason> reasons, double probability) {
    }
}
