package dev.glas.core.behavior;

/**
 * Sessions, user features and churn labels of an event log.
 *
 * @param log            the analysed events (after the observation window)
 * @param order          event indices sorted by user, time, file order
 * @param sessions       the sessions
 * @param features       per-user features
 * @param observationEnd observation end (local wall ms)
 * @param churn          how many users each churn definition marks
 * @param byHour         events per hour of day (24)
 * @param gapMillis      inactivity gap used (0 when sessions came from a session id column)
 */
public record BehaviorResult(EventLog log, int[] order, Sessions sessions, UserFeatures features,
                             long observationEnd, ChurnCounts churn, int[] byHour, long gapMillis) {

    /**
     * @param users       users in the analysis
     * @param inactiveDays inactivity definition (null = not used)
     * @param inactive    users marked by inactivity
     * @param events      explicit churn events used
     * @param explicit    users marked by an explicit event
     * @param both        users marked by both
     * @param churned     users marked by either
     */
    public record ChurnCounts(int users, Integer inactiveDays, int inactive, java.util.Set<String> events,
                              int explicit, int both, int churned) {
    }

    /** Candidate inactivity thresholds shown next to the chosen churn definition. */
    public static final int[] CANDIDATE_INACTIVE_DAYS = {7, 14, 30, 60, 90};

    /** How many users an inactivity definition of N days would mark, for each N (recency_days ≥ N). */
    public int[] inactiveCounts(int[] days) {
        int[] out = new int[days.length];
        for (int u = 0; u < features.users(); u++) {
            long idle = observationEnd - features.lastTime()[u];
            for (int k = 0; k < days.length; k++) {
                if (idle >= days[k] * 86_400_000L) {
                    out[k]++;
                }
            }
        }
        return out;
    }

    public double medianSessionSeconds() {
        int n = sessions.count();
        if (n == 0) {
            return Double.NaN;
        }
        double[] len = new double[n];
        for (int s = 0; s < n; s++) {
            len[s] = sessions.lengthSeconds(s);
        }
        return Stats.median(len, 0, n);
    }
}
