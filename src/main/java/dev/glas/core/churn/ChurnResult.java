package dev.glas.core.churn;

import dev.glas.core.data.Dataset;
import java.util.List;

/**
 * Everything the churn lab found. Row indices refer to {@link #data()}.
 *
 * @param data            the analysed dataset
 * @param setup           target, positive class, features, pipeline
 * @param options         how it ran
 * @param cvRows          dataset rows used in cross-validation (order of every {@code oof} array)
 * @param yCv             their labels (1 = positive)
 * @param cvFold          fold (0-based) of each CV row
 * @param holdoutRows     dataset rows kept aside (empty when holdout = 0)
 * @param yHoldout        their labels
 * @param holdoutScores   final model's probabilities on the holdout rows
 * @param holdout         final model's holdout metrics (threshold 0.5), null without holdout
 * @param positives       positives among usable rows
 * @param rows            usable rows (target not missing)
 * @param leakage         leakage suspects
 * @param leaderboard     models sorted by mean CV ROC-AUC, best first
 * @param vif             VIF of the numeric features (median-imputed CV rows)
 * @param correlationColumns names of the correlation matrix rows/columns
 * @param correlation     Pearson correlations of those columns
 * @param permutation     permutation importance (ROC-AUC drop on validation folds) of the best model per input column
 * @param model           the final model (best family refitted on all CV rows) ready to save and score
 * @param tunedParams     chosen hyperparameters of the final model's parts
 * @param seconds         wall time
 */
public record ChurnResult(Dataset data, ChurnSetup setup, ChurnOptions options, int[] cvRows, int[] yCv, int[] cvFold,
                          int[] holdoutRows, int[] yHoldout, double[] holdoutScores, FoldMetrics holdout,
                          int positives, int rows, List<LeakSuspect> leakage, List<ModelScore> leaderboard,
                          List<Collinearity.Vif> vif, List<String> correlationColumns, double[][] correlation,
                          List<Importance> permutation, ChurnModel model, String tunedParams, double seconds) {

    public ChurnResult {
        cvRows = cvRows.clone();
        yCv = yCv.clone();
        cvFold = cvFold.clone();
        holdoutRows = holdoutRows.clone();
        yHoldout = yHoldout.clone();
        holdoutScores = holdoutScores.clone();
        leakage = List.copyOf(leakage);
        leaderboard = List.copyOf(leaderboard);
        vif = List.copyOf(vif);
        correlationColumns = List.copyOf(correlationColumns);
        permutation = List.copyOf(permutation);
    }

    public double positiveRate() {
        return rows == 0 ? Double.NaN : (double) positives / rows;
    }

    public ModelScore best() {
        return leaderboard.get(0);
    }

    public ModelScore score(ModelKind kind) {
        return leaderboard.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }

    @Override
    public int[] cvRows() {
        return cvRows.clone();
    }

    @Override
    public int[] yCv() {
        return yCv.clone();
    }

    @Override
    public int[] cvFold() {
        return cvFold.clone();
    }

    @Override
    public int[] holdoutRows() {
        return holdoutRows.clone();
    }

    @Override
    public int[] yHoldout() {
        return yHoldout.clone();
    }

    @Override
    public double[] holdoutScores() {
        return holdoutScores.clone();
    }

    /** Dataset rows of the given positions in the CV arrays. */
    public int[] datasetRows(int[] cvPositions) {
        int[] out = new int[cvPositions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = cvRows[cvPositions[i]];
        }
        return out;
    }
}
