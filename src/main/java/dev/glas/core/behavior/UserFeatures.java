package dev.glas.core.behavior;

/**
 * Per-user features as primitive arrays indexed by user code (see {@link EventLog#userNames()}).
 * Hour bands: night 0–5, morning 6–11, afternoon 12–17, evening 18–23. Weekdays: Monday = 0.
 *
 * @param users            number of users
 * @param events           events per user
 * @param sessions         sessions per user
 * @param meanSessionSeconds   mean session length (last − first event of a session)
 * @param medianSessionSeconds median session length
 * @param activeDays       distinct calendar days with events
 * @param firstTime        first event (local wall ms)
 * @param lastTime         last event (local wall ms)
 * @param recencyDays      (observation end − last event) in days
 * @param tenureDays       (observation end − first event) in days
 * @param distinctEvents   distinct event types used ("functions")
 * @param topTypes         event-type codes that have their own count column, most frequent first
 * @param typeCounts       users × (topTypes + 1) counts, last column = other types
 * @param bandCounts       users × 4 event counts by hour band
 * @param weekdayCounts    users × 7 event counts by weekday
 * @param mainMaker        most frequent device maker code (ties: alphabetically first), -1 when unmapped
 * @param mainModel        most frequent device model code, -1 when unmapped
 * @param mainOs           most frequent OS code, -1 when unmapped
 * @param churnExplicit    user has one of the churn events
 * @param churnInactive    user inactive for the chosen number of days before the observation end
 * @param churned          churnExplicit or churnInactive
 */
public record UserFeatures(int users, int[] events, int[] sessions, double[] meanSessionSeconds,
                           double[] medianSessionSeconds, int[] activeDays, long[] firstTime, long[] lastTime,
                           double[] recencyDays, double[] tenureDays, int[] distinctEvents, int[] topTypes,
                           int[] typeCounts, int[] bandCounts, int[] weekdayCounts, int[] mainMaker, int[] mainModel,
                           int[] mainOs, boolean[] churnExplicit, boolean[] churnInactive, boolean[] churned) {

    public static final String[] BANDS = {"night", "morning", "afternoon", "evening"};
    public static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    public static int band(int hour) {
        return hour / 6;
    }
}
