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
