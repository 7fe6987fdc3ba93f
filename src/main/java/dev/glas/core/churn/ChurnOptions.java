package dev.glas.core.churn;

import java.util.List;

/**
 * How the lab runs.
 *
 * @param models          model families to compare (BLEND averages the two best others)
 * @param folds           stratified CV folds (≥ 2)
 * @param holdout         share of rows kept aside (stratified) to test the final model, 0 = none
 * @param balance         balancing of training folds
 * @param seed            seed of every random choice
 * @param tuneSeconds     random-search budget per model and fold (0 = default hyperparameters)
 * @param permutationRepeats repeats of permutation importance per validation fold (0 = skip)
 */
public record ChurnOptions(List<ModelKind> models, int folds, double holdout, Balance balance, long seed,
                           double tuneSeconds, int permutationRepeats) {

    public ChurnOptions {
        models = List.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("choose at least one model");
        }
        if (folds < 2 || folds > 20) {
            throw new IllegalArgumentException("folds must be between 2 and 20");
        }
        if (!(holdout >= 0 && holdout < 0.9)) {
            throw new IllegalArgumentException("holdout must be in [0, 0.9)");
        }
        if (balance == null) {
            balance = Balance.NONE;
        }
        if (tuneSeconds < 0 || permutationRepeats < 0) {
            throw new IllegalArgumentException("tuneSeconds and permutationRepeats must be >= 0");
        }
    }

    public static ChurnOptions defaults() {
        return new ChurnOptions(List.of(ModelKind.LR, ModelKind.RF, ModelKind.GBM, ModelKind.BLEND), 5, 0.2,
                Balance.NONE, 42, 0, 1);
    }

    public ChurnOptions withBalance(Balance b) {
        return new ChurnOptions(models, folds, holdout, b, seed, tuneSeconds, permutationRepeats);
    }

    public ChurnOptions withModels(List<ModelKind> m) {
        return new ChurnOptions(m, folds, holdout, balance, seed, tuneSeconds, permutationRepeats);
    }
}
