package dev.glas.core.churn;

import java.util.Locale;

/**
 * Which rows of a scored file get top reasons. Reasons of the random forest (and of a blend holding one) are
 * exact TreeSHAP values and cost milliseconds per client, far more than the score itself, so bulk scoring can
 * limit them to the clients an analyst will contact ({@link #POSITIVE}: score at or above the model threshold)
 * or skip them ({@link #NONE}). Rows without reasons have an empty reason list.
 */
public enum ReasonRows {
    /** Every row. */
    ALL,
    /** Rows labelled positive: score at or above the threshold. */
    POSITIVE,
    /** No row. */
    NONE;

    /** Whether a row with this label gets reasons. */
    public boolean explains(boolean positive) {
        return this == ALL || this == POSITIVE && positive;
    }

    /** The CLI spelling: all, positive, none. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses all|positive|none (any case). */
    public static ReasonRows parse(String s) throws ChurnException {
        for (ReasonRows r : values()) {
            if (r.id().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return r;
            }
        }
        throw new ChurnException("churn.error.reasons", s);
    }
}
