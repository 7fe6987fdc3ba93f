package dev.glas.core.segment;

import java.util.Locale;

/**
 * Named RFM segments from the recency and frequency scores (the widely used R×F grid; "Lost" split from
 * "Hibernating" for R = F = 1). The localized name is {@code Messages.get(messageKey())}.
 */
public enum RfmSegment {
    CHAMPIONS, LOYAL, POTENTIAL_LOYALISTS, NEW_CUSTOMERS, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK,
    CANNOT_LOSE, HIBERNATING, LOST;

    /** Segment of the recency score r and frequency score f (both 1..5). */
    public static RfmSegment of(int r, int f) {
        if (r <= 2) {
            if (f == 5) {
                return CANNOT_LOSE;
            }
            if (f >= 3) {
                return AT_RISK;
            }
            return r == 1 && f == 1 ? LOST : HIBERNATING;
        }
        if (r == 3) {
            return f <= 2 ? ABOUT_TO_SLEEP : f == 3 ? NEED_ATTENTION : LOYAL;
        }
        if (f >= 4) {
            return r == 5 ? CHAMPIONS : LOYAL;
        }
        if (f == 1) {
            return r == 5 ? NEW_CUSTOMERS : PROMISING;
        }
        return POTENTIAL_LOYALISTS;
    }

    public String messageKey() {
        return "segment.rfm.name." + name().toLowerCase(Locale.ROOT);
    }
}
