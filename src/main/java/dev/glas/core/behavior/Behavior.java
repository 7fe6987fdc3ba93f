package dev.glas.core.behavior;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Sessionization, user features and churn labels over an {@link EventLog}, with primitive arrays and
 * sort-based algorithms: a counting sort by user, then a per-user sort by time (skipped when a user's events are
 * already in time order, as in most exported logs), then one pass over the sorted events.
 */
public final class Behavior {

    private Behavior() {
    }

    public static BehaviorResult analyze(EventLog input, BehaviorOptions o, Progress progress,
                                         Cancellation cancellation) {
        EventLog log = window(input, o.windowStart(), o.windowEnd());
        progress.report(0, "behavior.task.sorting");
        int[] order = sortByUserTime(log, cancellation);
        progress.report(0.4, "behavior.task.sessions");
        int n = log.size();
        int users = log.userCount();
        long obsEnd = o.windowEnd() != null ? o.windowEnd() : log.maxTime();
        long gap = log.session() == null ? o.gapMillis() : 0;

        // top event types: by count desc, then name asc
        int types = log.eventTypeCount();
        int[] typeTotal = new int[types];
        for (int i = 0; i < n; i++) {
            typeTotal[log.event()[i]]++;
        }
        String[] typeNames = log.eventNames();
        int[] top = IntStream.range(0, types).boxed()
                .sorted(Comparator.<Integer>comparingInt(t -> -typeTotal[t]).thenComparing(t -> typeNames[t]))
                .limit(o.topEventTypes()).mapToInt(Integer::intValue).toArray();
        int k1 = top.length + 1;
        int[] typeSlot = new int[types];
        Arrays.fill(typeSlot, top.length);
        for (int j = 0; j < top.length; j++) {
            typeSlot[top[j]] = j;
        }
        boolean[] churnType = new boolean[types];
        for (int t = 0; t < types; t++) {
            churnType[t] = o.churnEvents().contains(typeNames[t]);
        }

        int[] uEvents = new int[users];
        int[] activeDays = new int[users];
        long[] first = new long[users];
        long[] last = new long[users];
        int[] distinct = new int[users];
        int[] typeCounts = new int[users * k1];
        int[] bandCounts = new int[users * 4];
        int[] weekdayCounts = new int[users * 7];
        boolean[] explicit = new boolean[users];
        int[] byHour = new int[24];
        int[] lastUserOfType = new int[types];
        Arrays.fill(lastUserOfType, -1);

        // sessions (growable)
        int cap = Math.max(16, n / 4);
        int[] sUser = new int[cap];
        long[] sStart = new long[cap];
        long[] sEnd = new long[cap];
        int[] sEvents = new int[cap];
        int[] sFirst = new int[cap];
        int[] sLast = new int[cap];
        int ns = 0;
        int[] userFrom = new int[users + 1];
        int[] eventSession = new int[n];
        int[] sessionCodes = log.session();
        int[] codeUser = sessionCodes != null ? new int[log.sessionNames().length] : null;
        int[] codeSession = sessionCodes != null ? new int[log.sessionNames().length] : null;
        if (codeUser != null) {
            Arrays.fill(codeUser, -1);
        }

        int prevUser = -1;
        long prevTime = 0;
        long prevDay = Long.MIN_VALUE;
        int[] uTime = null;
        for (int k = 0; k < n; k++) {
            if ((k & 0xFFFF) == 0) {
                cancellation.check();
                progress.report(0.4 + 0.5 * k / n, "behavior.task.sessions");
            }
            int i = order[k];
            int u = log.user()[i];
            long t = log.time()[i];
            int e = log.event()[i];
            boolean newUser = u != prevUser;
            if (newUser) {
                userFrom[u] = ns;
                first[u] = t;
                prevDay = Long.MIN_VALUE;
            }
            int s;
            if (sessionCodes == null) {
                if (newUser || t - prevTime > gap) {
                    if (ns == sUser.length) {
                        int c = ns * 2;
                        sUser = Arrays.copyOf(sUser, c);
                        sStart = Arrays.copyOf(sStart, c);
                        sEnd = Arrays.copyOf(sEnd, c);
                        sEvents = Arrays.copyOf(sEvents, c);
                        sFirst = Arrays.copyOf(sFirst, c);
                        sLast = Arrays.copyOf(sLast, c);
                    }
                    s = ns++;
                    sUser[s] = u;
                    sStart[s] = t;
                    sFirst[s] = e;
                } else {
                    s = ns - 1;
                }
            } else {
                int c = sessionCodes[i];
                if (codeUser[c] == u) {
                    s = codeSession[c];
                } else {
                    if (ns == sUser.length) {
                        int cc = ns * 2;
                        sUser = Arrays.copyOf(sUser, cc);
                        sStart = Arrays.copyOf(sStart, cc);
                        sEnd = Arrays.copyOf(sEnd, cc);
                        sEvents = Arrays.copyOf(sEvents, cc);
                        sFirst = Arrays.copyOf(sFirst, cc);
                        sLast = Arrays.copyOf(sLast, cc);
                    }
                    s = ns++;
                    codeUser[c] = u;
                    codeSession[c] = s;
                    sUser[s] = u;
                    sStart[s] = t;
                    sFirst[s] = e;
                }
            }
            sEnd[s] = t;
            sEvents[s]++;
            sLast[s] = e;
            eventSession[i] = s;

            uEvents[u]++;
            last[u] = t;
            long day = Stats.day(t);
            if (day != prevDay) {
                activeDays[u]++;
                prevDay = day;
            }
            if (lastUserOfType[e] != u) {
                lastUserOfType[e] = u;
                distinct[u]++;
            }
            typeCounts[u * k1 + typeSlot[e]]++;
            int h = Stats.hour(t);
            byHour[h]++;
            bandCounts[u * 4 + UserFeatures.band(h)]++;
            weekdayCounts[u * 7 + (int) Math.floorMod(day + 3, 7L)]++;
            if (churnType[e]) {
                explicit[u] = true;
            }
            prevUser = u;
            prevTime = t;
        }
        userFrom[users] = ns;
        // users without events cannot exist (dictionary codes come from events), so userFrom is complete
        progress.report(0.9, "behavior.task.features");
        int[] sessions = new int[users];
        double[] mean = new double[users];
        double[] median = new double[users];
        double[] lens = new double[ns];
        for (int s = 0; s < ns; s++) {
            lens[s] = (sEnd[s] - sStart[s]) / 1000.0;
        }
        for (int u = 0; u < users; u++) {
            int a = userFrom[u];
            int b = userFrom[u + 1];
            sessions[u] = b - a;
            double sum = 0;
            for (int s = a; s < b; s++) {
                sum += lens[s];
            }
            mean[u] = b > a ? sum / (b - a) : Double.NaN;
            median[u] = Stats.median(lens, a, b); // sorts only a copy's range; lens not used afterwards
        }
        double[] recency = new double[users];
        double[] tenure = new double[users];
        boolean[] inactive = new boolean[users];
        boolean[] churned = new boolean[users];
        Integer nDays = o.churnInactiveDays();
        int cInactive = 0;
        int cExplicit = 0;
        int cBoth = 0;
        int cChurned = 0;
        for (int u = 0; u < users; u++) {
            recency[u] = (obsEnd - last[u]) / 86_400_000.0;
            tenure[u] = (obsEnd - first[u]) / 86_400_000.0;
            inactive[u] = nDays != null && obsEnd - last[u] >= nDays * 86_400_000L;
            churned[u] = inactive[u] || explicit[u];
            cInactive += inactive[u] ? 1 : 0;
            cExplicit += explicit[u] ? 1 : 0;
            cBoth += inactive[u] && explicit[u] ? 1 : 0;
            cChurned += churned[u] ? 1 : 0;
        }
        int[] mainMaker = mode(log.maker(), log.makerNames(), order, log, users);
        int[] mainModel = mode(log.model(), log.modelNames(), order, log, users);
        int[] mainOs = mode(log.os(), log.osNames(), order, log, users);
        UserFeatures f = new UserFeatures(users, uEvents, sessions, mean, median, activeDays, first, last, recency,
                tenure, distinct, top, typeCounts, bandCounts, weekdayCounts, mainMaker, mainModel, mainOs, explicit,
                inactive, churned);
        Sessions sess = new Sessions(ns, Arrays.copyOf(sUser, ns), Arrays.copyOf(sStart, ns), Arrays.copyOf(sEnd, ns),
                Arrays.copyOf(sEvents, ns), Arrays.copyOf(sFirst, ns), Arrays.copyOf(sLast, ns), userFrom,
                eventSession);
        progress.report(1, "behavior.task.features");
        return new BehaviorResult(log, order, sess, f, obsEnd,
                new BehaviorResult.ChurnCounts(users, nDays, cInactive, o.churnEvents(), cExplicit, cBoth, cChurned),
                byHour, gap);
    }

    /** Per user the most frequent code (ties: alphabetically first name); null input → all -1. */
    private static int[] mode(int[] codes, String[] names, int[] order, EventLog log, int users) {
        int[] out = new int[users];
        Arrays.fill(out, -1);
        if (codes == null) {
            return out;
        }
        int m = names.length;
        Integer[] byName = new Integer[m];
        for (int c = 0; c < m; c++) {
            byName[c] = c;
        }
        Arrays.sort(byName, Comparator.comparing(c -> names[c]));
        int[] rank = new int[m];
        for (int r = 0; r < m; r++) {
            rank[byName[r]] = r;
        }
        int[] count = new int[m];
        int[] touched = new int[m];
        int nt = 0;
        int n = order.length;
        int k = 0;
        while (k < n) {
            int u = log.user()[order[k]];
            int end = k;
            nt = 0;
            while (end < n && log.user()[order[end]] == u) {
                int c = codes[order[end]];
                if (count[c]++ == 0) {
                    touched[nt++] = c;
                }
                end++;
            }
            int best = -1;
            for (int j = 0; j < nt; j++) {
                int c = touched[j];
                if (best < 0 || count[c] > count[best] || count[c] == count[best] && rank[c] < rank[best]) {
                    best = c;
                }
            }
            for (int j = 0; j < nt; j++) {
                count[touched[j]] = 0;
            }
            out[u] = best;
            k = end;
        }
        return out;
    }

    /** Event indices ordered by user code, then time, then original position (a stable sort). */
    static int[] sortByUserTime(EventLog log, Cancellation cancellation) {
        int n = log.size();
        int users = log.userCount();
        int[] user = log.user();
        long[] time = log.time();
        int[] start = new int[users + 1];
        for (int i = 0; i < n; i++) {
            start[user[i] + 1]++;
        }
        for (int u = 0; u < users; u++) {
            start[u + 1] += start[u];
        }
        int[] pos = Arrays.copyOf(start, users);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[pos[user[i]]++] = i;
        }
        long[] packed = new long[16];
        for (int u = 0; u < users; u++) {
            if ((u & 0x3FFF) == 0) {
                cancellation.check();
            }
            int a = start[u];
            int b = start[u + 1];
            boolean sorted = true;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int k = a; k < b; k++) {
                long t = time[order[k]];
                if (k > a && t < time[order[k - 1]]) {
                    sorted = false;
                }
                min = Math.min(min, t);
                max = Math.max(max, t);
            }
            if (sorted) {
                continue;
            }
            int m = b - a;
            int bits = 64 - Long.numberOfLeadingZeros(m);
            long range = max - min;
            if (range >= 0 && (64 - Long.numberOfLeadingZeros(range)) + bits <= 63) {
                if (packed.length < m) {
                    packed = new long[Math.max(m, packed.length * 2)];
                }
                for (int k = 0; k < m; k++) {
                    packed[k] = ((time[order[a + k]] - min) << bits) | k;
                }
                Arrays.sort(packed, 0, m);
                int[] seg = Arrays.copyOfRange(order, a, b);
                long mask = (1L << bits) - 1;
                for (int k = 0; k < m; k++) {
                    order[a + k] = seg[(int) (packed[k] & mask)];
                }
            } else {
                Integer[] seg = new Integer[m];
                for (int k = 0; k < m; k++) {
                    seg[k] = order[a + k];
                }
                Arrays.sort(seg, Comparator.comparingLong(i -> time[i])); // stable (TimSort)
                for (int k = 0; k < m; k++) {
                    order[a + k] = seg[k];
                }
            }
        }
        return order;
    }

    /** The events inside [start, end] (inclusive, local wall ms); the log itself when both are null. */
    public static EventLog window(EventLog log, Long start, Long end) {
        if (start == null && end == null) {
            return log;
        }
        long a = start != null ? start : Long.MIN_VALUE;
        long b = end != null ? end : Long.MAX_VALUE;
        int n = log.size();
        int keep = 0;
        for (int i = 0; i < n; i++) {
            long t = log.time()[i];
            if (t >= a && t <= b) {
                keep++;
            }
        }
        int[] idx = new int[keep];
        int j = 0;
        for (int i = 0; i < n; i++) {
            long t = log.time()[i];
            if (t >= a && t <= b) {
                idx[j++] = i;
            }
        }
        // re-code users so that every user code has events
        int[] newCode = new int[log.userCount()];
        Arrays.fill(newCode, -1);
        int users = 0;
        int[] user = new int[keep];
        for (int k = 0; k < keep; k++) {
            int u = log.user()[idx[k]];
            if (newCode[u] < 0) {
                newCode[u] = users++;
            }
            user[k] = newCode[u];
        }
        String[] names = new String[users];
        for (int u = 0; u < newCode.length; u++) {
            if (newCode[u] >= 0) {
                names[newCode[u]] = log.userNames()[u];
            }
        }
        long[] time = new long[keep];
        for (int k = 0; k < keep; k++) {
            time[k] = log.time()[idx[k]];
        }
        return new EventLog(keep, user, time, pick(log.event(), idx), pick(log.session(), idx),
                pick(log.maker(), idx), pick(log.model(), idx), pick(log.os(), idx), pick(log.sourceRow(), idx),
                names, log.eventNames(), log.sessionNames(), log.makerNames(), log.modelNames(), log.osNames(),
                log.skipped());
    }

    private static int[] pick(int[] a, int[] idx) {
        if (a == null) {
            return null;
        }
        int[] out = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = a[idx[k]];
        }
        return out;
    }
}
