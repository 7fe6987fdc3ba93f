package dev.glas.core.churn;

import java.util.Locale;

/** How the training folds are balanced (validation folds are never touched). */
public enum Balance {
    /** Train on the data as it is. */
    NONE,
    /** Weight classes inversely to their frequency (scikit-learn's class_weight='balanced'). */
    WEIGHTS,
    /** Add synthetic positives between each positive and one of its 5 nearest positive neighbours. */
    SMOTE,
    /** Drop random negatives until both classes have the same count. */
    UNDER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "churn.balance." + id();
    }

    public static Balance parse(String id) {
        for (Balance b : values()) {
            if (b.id().equalsIgnoreCase(id.trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown balance " + id);
    }
}
