package dev.glas.core.behavior;

/**
 * An event log in columnar primitive form: one entry per event, strings dictionary-encoded.
 * Arrays are owned by the log and must not be modified. Optional columns are {@code null}.
 *
 * @param size       number of events
 * @param user       user code per event (index into {@code userNames})
 * @param time       local wall-clock milliseconds per event (see {@link TimeFormat})
 * @param event      event-type code per event
 * @param session    session code per event, or null when sessions are derived from gaps
 * @param maker      device maker code per event, or null
 * @param model      device model code per event, or null
 * @param os         OS code per event, or null
 * @param sourceRow  0-based data row in the source file/dataset of each event (for drill-down)
 * @param skipped    source rows skipped because the user id or the timestamp was missing or unparsable
 */
public record EventLog(int size, int[] user, long[] time, int[] event, int[] session, int[] maker, int[] model,
                       int[] os, int[] sourceRow, String[] userNames, String[] eventNames, String[] sessionNames,
                       String[] makerNames, String[] modelNames, String[] osNames, long skipped) {

    public int userCount() {
        return userNames.length;
    }

    public int eventTypeCount() {
        return eventNames.length;
    }

    public long minTime() {
        long m = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            m = Math.min(m, time[i]);
        }
        return m;
    }

    public long maxTime() {
        long m = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            m = Math.max(m, time[i]);
        }
        return m;
    }

    /** Growable builder used by the readers. */
    static final class Builder {
        int n;
        int[] user = new int[1 << 16];
        long[] time = new long[1 << 16];
        int[] event = new int[1 << 16];
        int[] session;
        int[] maker;
        int[] model;
        int[] os;
        int[] sourceRow = new int[1 << 16];
        final Dictionary users = new Dictionary();
        final Dictionary events = new Dictionary();
        final Dictionary sessions;
        final Dictionary makers;
        final Dictionary models;
        final Dictionary oses;
        long skipped;

        Builder(ColumnMapping m) {
            sessions = m.session() != null ? new Dictionary() : null;
            makers = m.deviceMaker() != null ? new Dictionary() : null;
            models = m.deviceModel() != null ? new Dictionary() : null;
            oses = m.os() != null ? new Dictionary() : null;
            session = sessions != null ? new int[user.length] : null;
            maker = makers != null ? new int[user.length] : null;
            model = models != null ? new int[user.length] : null;
            os = oses != null ? new int[user.length] : null;
        }

        /** Makes room for one more event; returns its index. */
        int add() {
            if (n == user.length) {
                int cap = user.length * 2;
                user = java.util.Arrays.copyOf(user, cap);
                time = java.util.Arrays.copyOf(time, cap);
                event = java.util.Arrays.copyOf(event, cap);
                sourceRow = java.util.Arrays.copyOf(sourceRow, cap);
                session = session != null ? java.util.Arrays.copyOf(session, cap) : null;
                maker = maker != null ? java.util.Arrays.copyOf(maker, cap) : null;
                model = model != null ? java.util.Arrays.copyOf(model, cap) : null;
                os = os != null ? java.util.Arrays.copyOf(os, cap) : null;
            }
            return n++;
        }

        EventLog build() {
            return new EventLog(n, trim(user), trim(time), trim(event), trim(session), trim(maker), trim(model),
                    trim(os), trim(sourceRow), users.names(), events.names(),
                    sessions != null ? sessions.names() : null, makers != null ? makers.names() : null,
                    models != null ? models.names() : null, oses != null ? oses.names() : null, skipped);
        }

        private int[] trim(int[] a) {
            return a == null ? null : a.length == n ? a : java.util.Arrays.copyOf(a, n);
        }

        private long[] trim(long[] a) {
            return a.length == n ? a : java.util.Arrays.copyOf(a, n);
        }
    }
}
