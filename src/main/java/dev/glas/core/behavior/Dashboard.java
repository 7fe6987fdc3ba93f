package dev.glas.core.behavior;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Chart-ready aggregates of a behaviour analysis for the dashboard, and the drill-down behind every chart element:
 * {@link #eventRows} gives the source rows of the events matching a predicate, {@link #userRows} the feature-table
 * rows (= user codes) of the users matching one. All counts are plain arrays; labels are data values (gender,
 * OS, maker…) or fixed codes ({@code <25}, {@code 25-34}…); "other" buckets use the label {@link #OTHER}.
 */
public final class Dashboard {

    /** Label of the bucket that sums everything outside the top N. */
    public static final String OTHER = "\u0000other";
    /** Label of a missing value (user without socdem, unmapped device). */
    public static final String UNKNOWN = "\u0000unknown";

    /** A series of counts per label. */
    public record Bars(List<String> labels, int[] counts) {
    }

    /** Rows × columns counts (row labels, column labels). */
    public record Grid(List<String> rows, List<String> columns, int[][] counts) {
    }

    /** Summary of session lengths (seconds) per group. */
    public record LengthStats(List<String> groups, int[] sessions, double[] median, double[] mean, double[] q1,
                              double[] q3) {
    }

    /** Pearson correlations of numeric user features. */
    public record Correlation(List<String> features, double[][] r) {
    }

    /**
     * Weekly cohorts: cohort = ISO week (Monday) of a user's first event; {@code active[c][k]} = users of cohort c
     * with an event in week c + k.
     */
    public record Cohorts(List<String> weekStarts, int[] size, int[][] active) {
    }

    /** Users reaching each step of an ordered event sequence (each step strictly after the previous one). */
    public record Funnel(List<String> steps, int[] users) {
    }

    private final BehaviorResult r;
    private final EventLog log;
    private final UserFeatures f;
    private final Socdem socdem;
    private final Socdem.Match match;
    private final String[] gender;
    private final String[] ageGroup;

    public Dashboard(BehaviorResult r, Socdem socdem, Socdem.Match match) {
        this.r = r;
        this.log = r.log();
        this.f = r.features();
        this.socdem = socdem;
        this.match = socdem == null ? null : match != null ? match : socdem.match(log.userNames());
        int users = f.users();
        gender = new String[users];
        ageGroup = new String[users];
        for (int u = 0; u < users; u++) {
            int row = this.match == null ? -1 : this.match.rowOfUser()[u];
            String g = socdem == null ? "" : socdem.genderAt(row);
            gender[u] = g.isEmpty() ? UNKNOWN : g;
            String a = socdem == null ? "" : Socdem.ageGroup(socdem.ageAt(row));
            ageGroup[u] = a.isEmpty() ? UNKNOWN : a;
        }
    }

    public BehaviorResult result() {
        return r;
    }

    public boolean hasGender() {
        return socdem != null && socdem.gender() != null;
    }

    public boolean hasAge() {
        return socdem != null && socdem.age() != null;
    }

    public boolean hasOs() {
        return log.os() != null;
    }

    public String genderOf(int user) {
        return gender[user];
    }

    public String ageGroupOf(int user) {
        return ageGroup[user];
    }

    public int hourOf(int event) {
        return Stats.hour(log.time()[event]);
    }

    public int weekdayOf(int event) {
        return Stats.weekday(log.time()[event]);
    }

    public String osOf(int event) {
        return log.os() == null ? UNKNOWN : log.osNames()[log.os()[event]];
    }

    // ---------------------------------------------------------------- aggregates

    /** Users not churned / churned. */
    public Bars churnDistribution() {
        int[] c = new int[2];
        for (int u = 0; u < f.users(); u++) {
            c[f.churned()[u] ? 1 : 0]++;
        }
        return new Bars(List.of("0", "1"), c);
    }

    public int[] byHour() {
        return r.byHour().clone();
    }

    /** Events by hour (columns 0..23) per gender (rows, most frequent first). */
    public Grid hourByGender() {
        return hourBy(i -> gender[log.user()[i]], 10);
    }

    /** Events by hour per OS (top 6 + other). */
    public Grid hourByOs() {
        return hourBy(this::osOf, 6);
    }

    private Grid hourBy(java.util.function.IntFunction<String> key, int top) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (int i = 0; i < log.size(); i++) {
            m.computeIfAbsent(key.apply(i), k -> new int[24])[hourOf(i)]++;
        }
        List<String> labels = topLabels(m, top);
        int[][] counts = new int[labels.size()][];
        for (int k = 0; k < labels.size(); k++) {
            counts[k] = labels.get(k).equals(OTHER) ? otherSum(m, labels, 24) : m.get(labels.get(k));
        }
        return new Grid(labels, IntStream.range(0, 24).mapToObj(Integer::toString).toList(), counts);
    }

    /** Users by age group (rows, fixed order, unknown last when present) and gender (columns). */
    public Grid ageByGender() {
        List<String> genders = genders();
        List<String> groups = new ArrayList<>(Socdem.AGE_GROUPS);
        int[][] c = new int[groups.size() + 1][genders.size()];
        for (int u = 0; u < f.users(); u++) {
            int gi = ageGroup[u].equals(UNKNOWN) ? groups.size() : groups.indexOf(ageGroup[u]);
            c[gi][genders.indexOf(gender[u])]++;
        }
        boolean unknown = Arrays.stream(c[groups.size()]).sum() > 0;
        if (unknown) {
            groups.add(UNKNOWN);
        } else {
            c = Arrays.copyOf(c, groups.size());
        }
        return new Grid(groups, genders, c);
    }

    public List<String> genders() {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (int u = 0; u < f.users(); u++) {
            m.computeIfAbsent(gender[u], k -> new int[1])[0]++;
        }
        return topLabels(m, 100);
    }

    /** Session length per age group of the session's user. */
    public LengthStats sessionLengthByAgeGroup() {
        List<String> groups = new ArrayList<>(Socdem.AGE_GROUPS);
        groups.add(UNKNOWN);
        Sessions s = r.sessions();
        return lengthStats(groups, k -> groups.indexOf(ageGroup[s.user()[k]]));
    }

    /** Session length per OS of the session's first event (top 6 + other). */
    public LengthStats sessionLengthByOs() {
        Sessions s = r.sessions();
        int[] firstIndex = sessionFirstEventIndex();
        Map<String, int[]> m = new LinkedHashMap<>();
        for (int k = 0; k < s.count(); k++) {
            m.computeIfAbsent(osOf(firstIndex[k]), x -> new int[1])[0]++;
        }
        List<String> labels = topLabels(m, 6);
        return lengthStats(labels, k -> {
            int idx = labels.indexOf(osOf(firstIndex[k]));
            return idx >= 0 ? idx : labels.indexOf(OTHER);
        });
    }

    /** Event index of the first event of every session. */
    public int[] sessionFirstEventIndex() {
        int[] first = new int[r.sessions().count()];
        Arrays.fill(first, -1);
        for (int i : r.order()) {
            int s = r.sessions().eventSession()[i];
            if (first[s] < 0) {
                first[s] = i;
            }
        }
        return first;
    }

    private LengthStats lengthStats(List<String> groups, java.util.function.IntUnaryOperator groupOf) {
        Sessions s = r.sessions();
        int g = groups.size();
        int[] n = new int[g];
        int[] gid = new int[s.count()];
        for (int k = 0; k < s.count(); k++) {
            gid[k] = groupOf.applyAsInt(k);
            if (gid[k] >= 0) {
                n[gid[k]]++;
            }
        }
        double[][] v = new double[g][];
        for (int j = 0; j < g; j++) {
            v[j] = new double[n[j]];
        }
        int[] fill = new int[g];
        for (int k = 0; k < s.count(); k++) {
            if (gid[k] >= 0) {
                v[gid[k]][fill[gid[k]]++] = s.lengthSeconds(k);
            }
        }
        List<String> labels = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int j = 0; j < g; j++) {
            if (n[j] == 0) {
                continue;
            }
            Arrays.sort(v[j]);
            labels.add(groups.get(j));
            counts.add(n[j]);
            double mean = Arrays.stream(v[j]).average().orElse(Double.NaN);
            rows.add(new double[] {quantile(v[j], 0.5), mean, quantile(v[j], 0.25), quantile(v[j], 0.75)});
        }
        int m = labels.size();
        double[] med = new double[m];
        double[] mean = new double[m];
        double[] q1 = new double[m];
        double[] q3 = new double[m];
        for (int j = 0; j < m; j++) {
            med[j] = rows.get(j)[0];
            mean[j] = rows.get(j)[1];
            q1[j] = rows.get(j)[2];
            q3[j] = rows.get(j)[3];
        }
        return new LengthStats(labels, counts.stream().mapToInt(Integer::intValue).toArray(), med, mean, q1, q3);
    }

    /** Linear-interpolated quantile of sorted values (numpy's default). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    /** Events by device maker (top N + other); empty when no maker column is mapped. */
    public Bars byMaker(int topN) {
        return codeBars(log.maker(), log.makerNames(), topN);
    }

    /** Events by device model (top N + other). */
    public Bars byModel(int topN) {
        return codeBars(log.model(), log.modelNames(), topN);
    }

    private Bars codeBars(int[] codes, String[] names, int topN) {
        if (codes == null) {
            return new Bars(List.of(), new int[0]);
        }
        int[] c = new int[names.length];
        for (int i = 0; i < log.size(); i++) {
            c[codes[i]]++;
        }
        Map<String, int[]> m = new LinkedHashMap<>();
        for (int k = 0; k < names.length; k++) {
            m.computeIfAbsent(names[k].isEmpty() ? UNKNOWN : names[k], x -> new int[1])[0] += c[k];
        }
        List<String> labels = topLabels(m, topN);
        int[] out = new int[labels.size()];
        for (int k = 0; k < labels.size(); k++) {
            out[k] = labels.get(k).equals(OTHER) ? otherSum(m, labels, 1)[0] : m.get(labels.get(k))[0];
        }
        return new Bars(labels, out);
    }

    /** Event type (top N by count) × hour of day. */
    public Grid eventByHour(int topN) {
        return eventBy(topN, 24, this::hourOf, IntStream.range(0, 24).mapToObj(Integer::toString).toList());
    }

    /** Event type (top N) × weekday (mon..sun). */
    public Grid eventByWeekday(int topN) {
        return eventBy(topN, 7, this::weekdayOf, List.of(UserFeatures.WEEKDAYS));
    }

    /** Event type codes by count desc, name asc. */
    public int[] eventTypesByCount() {
        int[] c = new int[log.eventTypeCount()];
        for (int i = 0; i < log.size(); i++) {
            c[log.event()[i]]++;
        }
        String[] names = log.eventNames();
        return IntStream.range(0, c.length).boxed()
                .sorted(Comparator.<Integer>comparingInt(t -> -c[t]).thenComparing(t -> names[t]))
                .mapToInt(Integer::intValue).toArray();
    }

    private Grid eventBy(int topN, int width, java.util.function.IntUnaryOperator col, List<String> columns) {
        int[] types = Arrays.copyOf(eventTypesByCount(), Math.min(topN, log.eventTypeCount()));
        int[] row = new int[log.eventTypeCount()];
        Arrays.fill(row, -1);
        for (int k = 0; k < types.length; k++) {
            row[types[k]] = k;
        }
        int[][] c = new int[types.length][width];
        for (int i = 0; i < log.size(); i++) {
            int k = row[log.event()[i]];
            if (k >= 0) {
                c[k][col.applyAsInt(i)]++;
            }
        }
        return new Grid(Arrays.stream(types).mapToObj(t -> log.eventNames()[t]).toList(), columns, c);
    }

    /** Pearson correlation of the main numeric features (pairwise complete). */
    public Correlation correlation() {
        int users = f.users();
        String[] names = {"events", "sessions", "mean_session_seconds", "median_session_seconds", "active_days",
            "recency_days", "tenure_days", "distinct_events", "share_night", "share_evening", "churned"};
        double[][] cols = new double[names.length][users];
        for (int u = 0; u < users; u++) {
            cols[0][u] = f.events()[u];
            cols[1][u] = f.sessions()[u];
            cols[2][u] = f.meanSessionSeconds()[u];
            cols[3][u] = f.medianSessionSeconds()[u];
            cols[4][u] = f.activeDays()[u];
            cols[5][u] = f.recencyDays()[u];
            cols[6][u] = f.tenureDays()[u];
            cols[7][u] = f.distinctEvents()[u];
            cols[8][u] = f.bandCounts()[u * 4] / (double) f.events()[u];
            cols[9][u] = f.bandCounts()[u * 4 + 3] / (double) f.events()[u];
            cols[10][u] = f.churned()[u] ? 1 : 0;
        }
        double[][] rr = new double[names.length][names.length];
        for (int a = 0; a < names.length; a++) {
            for (int b = a; b < names.length; b++) {
                rr[a][b] = rr[b][a] = a == b ? 1 : pearson(cols[a], cols[b]);
            }
        }
        return new Correlation(List.of(names), rr);
    }

    /** Feature values used by {@link #correlation()} (for drill-down by value). */
    public double[] featureValues(String name) {
        int i = correlation().features().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(name);
        }
        double[] v = new double[f.users()];
        for (int u = 0; u < f.users(); u++) {
            v[u] = switch (name) {
                case "events" -> f.events()[u];
                case "sessions" -> f.sessions()[u];
                case "mean_session_seconds" -> f.meanSessionSeconds()[u];
                case "median_session_seconds" -> f.medianSessionSeconds()[u];
                case "active_days" -> f.activeDays()[u];
                case "recency_days" -> f.recencyDays()[u];
                case "tenure_days" -> f.tenureDays()[u];
                case "distinct_events" -> f.distinctEvents()[u];
                case "share_night" -> f.bandCounts()[u * 4] / (double) f.events()[u];
                case "share_evening" -> f.bandCounts()[u * 4 + 3] / (double) f.events()[u];
                default -> f.churned()[u] ? 1 : 0;
            };
        }
        return v;
    }

    static double pearson(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - mx;
                double dy = y[i] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Week index (Monday-based, days since epoch / 7 shifted to Monday) of a local time. */
    public static long week(long localMillis) {
        return Math.floorDiv(Stats.day(localMillis) + 3, 7L);
    }

    public Cohorts cohorts() {
        int users = f.users();
        long minWeek = Long.MAX_VALUE;
        long maxWeek = Long.MIN_VALUE;
        for (int u = 0; u < users; u++) {
            minWeek = Math.min(minWeek, week(f.firstTime()[u]));
            maxWeek = Math.max(maxWeek, week(f.lastTime()[u]));
        }
        if (users == 0) {
            return new Cohorts(List.of(), new int[0], new int[0][]);
        }
        int weeks = (int) (maxWeek - minWeek + 1);
        int[] size = new int[weeks];
        int[][] active = new int[weeks][];
        for (int c = 0; c < weeks; c++) {
            active[c] = new int[weeks - c];
        }
        int[] cohortOf = new int[users];
        for (int u = 0; u < users; u++) {
            cohortOf[u] = (int) (week(f.firstTime()[u]) - minWeek);
            size[cohortOf[u]]++;
        }
        // events are sorted by user and time in r.order(): count each (user, week) once
        int prevUser = -1;
        long prevWeek = Long.MIN_VALUE;
        for (int i : r.order()) {
            int u = log.user()[i];
            long w = week(log.time()[i]);
            if (u != prevUser || w != prevWeek) {
                active[cohortOf[u]][(int) (w - minWeek) - cohortOf[u]]++;
                prevUser = u;
                prevWeek = w;
            }
        }
        List<String> starts = new ArrayList<>();
        for (int c = 0; c < weeks; c++) {
            long mondayDay = (minWeek + c) * 7 - 3;
            starts.add(java.time.LocalDate.ofEpochDay(mondayDay).toString());
        }
        return new Cohorts(starts, size, active);
    }

    /** Ordered funnel: step k counts users with events steps[0..k] in this order (strictly later times). */
    public Funnel funnel(List<String> steps) {
        int[] reached = funnelSteps(steps);
        int[] users = new int[steps.size()];
        for (int u = 0; u < reached.length; u++) {
            for (int k = 0; k < reached[u]; k++) {
                users[k]++;
            }
        }
        return new Funnel(List.copyOf(steps), users);
    }

    /** Per user the number of funnel steps reached (0..steps). */
    public int[] funnelSteps(List<String> steps) {
        int[] code = new int[steps.size()];
        List<String> names = Arrays.asList(log.eventNames());
        for (int k = 0; k < code.length; k++) {
            code[k] = names.indexOf(steps.get(k));
        }
        int[] reached = new int[f.users()];
        long[] lastStepTime = new long[f.users()];
        Arrays.fill(lastStepTime, Long.MIN_VALUE);
        for (int i : r.order()) {
            int u = log.user()[i];
            int k = reached[u];
            if (k < code.length && log.event()[i] == code[k] && log.time()[i] > lastStepTime[u]) {
                reached[u] = k + 1;
                lastStepTime[u] = log.time()[i];
            }
        }
        return reached;
    }

    // ---------------------------------------------------------------- drill-down

    /** Source rows (ascending) of the events matching the predicate on event index. */
    public int[] eventRows(IntPredicate event) {
        int[] out = new int[log.size()];
        int n = 0;
        for (int i = 0; i < log.size(); i++) {
            if (event.test(i)) {
                out[n++] = log.sourceRow()[i];
            }
        }
        int[] rows = Arrays.copyOf(out, n);
        Arrays.sort(rows);
        return rows;
    }

    /** Feature-table rows (= user codes, ascending) of the users matching the predicate on user code. */
    public int[] userRows(IntPredicate user) {
        return IntStream.range(0, f.users()).filter(user).toArray();
    }

    /** Users with at least one event matching the predicate. */
    public int[] usersWithEvent(IntPredicate event) {
        boolean[] hit = new boolean[f.users()];
        for (int i = 0; i < log.size(); i++) {
            if (!hit[log.user()[i]] && event.test(i)) {
                hit[log.user()[i]] = true;
            }
        }
        return userRows(u -> hit[u]);
    }

    private static List<String> topLabels(Map<String, int[]> m, int top) {
        List<String> keys = new ArrayList<>(m.keySet());
        keys.sort(Comparator.<String>comparingLong(k -> -Arrays.stream(m.get(k)).asLongStream().sum())
                .thenComparing(k -> k));
        if (keys.size() <= top) {
            return keys;
        }
        List<String> out = new ArrayList<>(keys.subList(0, top));
        out.add(OTHER);
        return out;
    }

    private static int[] otherSum(Map<String, int[]> m, List<String> labels, int width) {
        int[] s = new int[width];
        for (Map.Entry<String, int[]> e : m.entrySet()) {
            if (!labels.contains(e.getKey())) {
                for (int j = 0; j < width; j++) {
                    s[j] += e.getValue()[j];
                }
            }
        }
        return s;
    }
}
