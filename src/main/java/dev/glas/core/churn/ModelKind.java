package dev.glas.core.churn;

import java.util.Locale;

/** Model families of the churn lab. */
public enum ModelKind {
    LR, RF, GBM, BLEND;

    /** Short CLI/JSON name: lr, rf, gbm, blend. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Message key of the display name. */
    public String messageKey() {
        return "churn.model." + id();
    }

    public static ModelKind parse(String id) {
        for (ModelKind k : values()) {
            if (k.id().equalsIgnoreCase(id.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown model " + id);
    }
}
