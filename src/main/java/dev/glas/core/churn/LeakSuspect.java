package dev.glas.core.churn;

/**
 * A column that may leak the outcome into the model.
 *
 * @param column the column
 * @param kind   NEAR_TARGET (almost identical to the target), IDENTIFIER (an id), POST_OUTCOME (a date or
 *               a value known only after the outcome)
 * @param score  for NEAR_TARGET the single-column ROC-AUC (folded to ≥ 0.5); otherwise NaN
 */
public record LeakSuspect(String column, Kind kind, double score) {

    public enum Kind { NEAR_TARGET, IDENTIFIER, POST_OUTCOME }

    /** Message key of the explanation shown to the analyst. */
    public String messageKey() {
        return "churn.leak." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
