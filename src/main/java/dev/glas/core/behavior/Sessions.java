package dev.glas.core.behavior;

/**
 * Sessions of an event log, grouped by user (sessions of user u are {@code [userFrom[u], userFrom[u+1])}).
 *
 * @param count        number of sessions
 * @param user         user code per session
 * @param start        first event time (local wall ms)
 * @param end          last event time (local wall ms)
 * @param events       events per session
 * @param firstEvent   event-type code of the first event (ties in time: file order)
 * @param lastEvent    event-type code of the last event
 * @param userFrom     per user (length users+1) the first session index
 * @param eventSession per event (log order) its session index
 */
public record Sessions(int count, int[] user, long[] start, long[] end, int[] events, int[] firstEvent,
                       int[] lastEvent, int[] userFrom, int[] eventSession) {

    public double lengthSeconds(int s) {
        return (end[s] - start[s]) / 1000.0;
    }
}
