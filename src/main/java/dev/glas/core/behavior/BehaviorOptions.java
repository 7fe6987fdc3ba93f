package dev.glas.core.behavior;

import java.util.Set;

/**
 * Options of a behaviour analysis.
 *
 * @param gapMinutes        inactivity gap that starts a new session when the log has no session id: a new session
 *                          starts when the time since the user's previous event is strictly greater than the gap
 *                          (pandas {@code diff() > gap}); default 30
 * @param churnInactiveDays a user is churned by inactivity when his last event is at least this many days before
 *                          the observation end ({@code recency_days >= N}); null = not used
 * @param churnEvents       event names that mark a user as churned explicitly (e.g. {@code delete_account}); empty
 *                          = not used
 * @param windowStart       first instant (local wall ms, inclusive) of the observation window; null = log start
 * @param windowEnd         last instant (local wall ms, inclusive) of the observation window, which is also the
 *                          observation end for recency; null = the last event of the log
 * @param topEventTypes     number of most frequent event types that get their own count column (the rest are
 *                          summed in {@code ev_other}); default 20
 */
public record BehaviorOptions(double gapMinutes, Integer churnInactiveDays, Set<String> churnEvents,
                              Long windowStart, Long windowEnd, int topEventTypes) {

    public static final double DEFAULT_GAP_MINUTES = 30;
    public static final int DEFAULT_TOP_EVENT_TYPES = 20;

    public BehaviorOptions {
        if (!(gapMinutes > 0) || gapMinutes > 60 * 24 * 365) {
            throw new IllegalArgumentException("gapMinutes must be > 0 and at most a year");
        }
        if (churnInactiveDays != null && (churnInactiveDays < 1 || churnInactiveDays > 3650)) {
            throw new IllegalArgumentException("churnInactiveDays must be in 1..3650");
        }
        churnEvents = churnEvents == null ? Set.of() : Set.copyOf(churnEvents);
        if (windowStart != null && windowEnd != null && windowStart > windowEnd) {
            throw new IllegalArgumentException("windowStart must not be after windowEnd");
        }
        if (topEventTypes < 0 || topEventTypes > 200) {
            throw new IllegalArgumentException("topEventTypes must be in 0..200");
        }
    }

    public static BehaviorOptions defaults() {
        return new BehaviorOptions(DEFAULT_GAP_MINUTES, null, Set.of(), null, null, DEFAULT_TOP_EVENT_TYPES);
    }

    public BehaviorOptions withGapMinutes(double g) {
        return new BehaviorOptions(g, churnInactiveDays, churnEvents, windowStart, windowEnd, topEventTypes);
    }

    public BehaviorOptions withChurnInactiveDays(Integer d) {
        return new BehaviorOptions(gapMinutes, d, churnEvents, windowStart, windowEnd, topEventTypes);
    }

    public BehaviorOptions withChurnEvents(Set<String> e) {
        return new BehaviorOptions(gapMinutes, churnInactiveDays, e, windowStart, windowEnd, topEventTypes);
    }

    public BehaviorOptions withWindow(Long start, Long end) {
        return new BehaviorOptions(gapMinutes, churnInactiveDays, churnEvents, start, end, topEventTypes);
    }

    public long gapMillis() {
        return Math.round(gapMinutes * 60_000);
    }
}
