package dev.glas.core.data;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.Progress;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;
import tech.tablesaw.columns.times.PackedLocalTime;

/**
 * Column profiles of a dataset: counts, missing, distinct, numeric summaries (pandas conventions: sample
 * standard deviation, median of the two middle values), top values and histograms. Columns are profiled
 * in parallel.
 */
public final class Profiler {

    /** How many top values a profile keeps. */
    public static final int TOP_VALUES = 10;
    /** Maximum number of histogram bins. */
    public static final int MAX_BINS = 30;

    private Profiler() {
    }

    public static DatasetProfile profile(Dataset dataset) {
        return profile(dataset, Progress.NONE, Cancellation.NEVER);
    }

    public static DatasetProfile profile(Dataset dataset, Progress progress, Cancellation cancellation) {
        List<String> names = dataset.columnNames();
        int n = names.size();
        ColumnProfile[] out = new ColumnProfile[n];
        AtomicInteger done = new AtomicInteger();
        progress.report(0, "data.task.profile", dataset.name());
        try {
            IntStream.range(0, n).parallel().forEach(i -> {
                cancellation.check();
                String name = names.get(i);
                out[i] = profileColumn(dataset.column(name), dataset.type(name), cancellation);
                progress.report((double) done.incrementAndGet() / n, "data.task.profile", dataset.name());
            });
        } catch (CancelledException e) {
            throw e;
        }
        cancellation.check();
        return new DatasetProfile(dataset.name(), dataset.rowCount(), Arrays.asList(out));
    }

    /** Profiles one column. */
    public static ColumnProfile profileColumn(Column<?> column, ColumnType type, Cancellation cancellation) {
        boolean asCategory = type == ColumnType.CATEGORICAL || type == ColumnType.TEXT
                || type == ColumnType.IDENTIFIER;
        if (column instanceof NumericColumn<?> num && !asCategory) {
            return numeric(num, type, cancellation);
        }
        if (column instanceof DateColumn dc) {
            int size = dc.size();
            double[] v = new double[size];
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (!dc.isMissing(i)) {
                    v[k++] = PackedLocalDate.toEpochDay(dc.getIntInternal(i));
                }
            }
            return temporal(dc.name(), type, Arrays.copyOf(v, k), size - k, false, cancellation);
        }
        if (column instanceof DateTimeColumn dtc) {
            int size = dtc.size();
            double[] v = new double[size];
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (!dtc.isMissing(i)) {
                    long p = dtc.getLongInternal(i);
                    v[k++] = PackedLocalDate.toEpochDay(PackedLocalDateTime.date(p)) * 86400.0
                            + PackedLocalTime.getMillisecondOfDay(PackedLocalDateTime.time(p)) / 1000;
                }
            }
            return temporal(dtc.name(), type, Arrays.copyOf(v, k), size - k, true, cancellation);
        }
        if (column instanceof BooleanColumn bc) {
            int t = 0;
            int f = 0;
            for (int i = 0; i < bc.size(); i++) {
                byte b = bc.getByte(i);
                if (b == 1) {
                    t++;
                } else if (b == 0) {
                    f++;
                }
            }
            int count = t + f;
            List<ValueCount> top = new ArrayList<>();
            if (t > 0) {
                top.add(new ValueCount("true", t));
            }
            if (f > 0) {
                top.add(new ValueCount("false", f));
            }
            top.sort(Comparator.comparingInt(ValueCount::count).reversed());
            Double mean = count == 0 ? null : (double) t / count;
            Double std = null;
            if (count > 1) {
                double m = (double) t / count;
                std = Math.sqrt((t * (1 - m) * (1 - m) + f * m * m) / (count - 1));
            }
            return new ColumnProfile(bc.name(), type, count, bc.size() - count, top.size(),
                    count == 0 ? null : (f > 0 ? 0.0 : 1.0), count == 0 ? null : (t > 0 ? 1.0 : 0.0), mean,
                    count == 0 ? null : (t * 2 > count ? 1.0 : t * 2 == count ? 0.5 : 0.0), std,
                    null, null, top, null);
        }
        return categorical(column, type, cancellation);
    }

    private static ColumnProfile numeric(NumericColumn<?> col, ColumnType type, Cancellation cancellation) {
        int size = col.size();
        double[] v = new double[size];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (!col.isMissing(i)) {
                v[k++] = col.getDouble(i);
            }
        }
        cancellation.check();
        if (k == 0) {
            return new ColumnProfile(col.name(), type, 0, size, 0, null, null, null, null, null, null, null,
                    List.of(), null);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < k; i++) {
            double x = v[i];
            sum += x;
            if (x < min) {
                min = x;
            }
            if (x > max) {
                max = x;
            }
        }
        double mean = sum / k;
        Double std = null;
        if (k > 1) {
            double ss = 0;
            double comp = 0;
            for (int i = 0; i < k; i++) {
                double d = v[i] - mean;
                ss += d * d;
                comp += d;
            }
            std = Math.sqrt((ss - comp * comp / k) / (k - 1));
        }
        int distinct = distinct(v, k);
        Histogram h = histogram(v, k, min, max, type == ColumnType.INTEGER);
        cancellation.check();
        // median by selection (no full sort): the values are only permuted from here on
        int m = k / 2;
        double upper = select(v, k, m);
        double median = upper;
        if (k % 2 == 0) {
            double lower = v[0];
            for (int i = 1; i < m; i++) {
                if (v[i] > lower) {
                    lower = v[i];
                }
            }
            median = (lower + upper) / 2.0;
        }
        return new ColumnProfile(col.name(), type, k, size - k, distinct, min, max, mean, median, std,
                null, null, List.of(), h);
    }

    /** Number of distinct values among {@code v[0, k)} (no NaNs), with a primitive hash set. */
    static int distinct(double[] v, int k) {
        int cap = Integer.highestOneBit(Math.max(4, k) * 2);
        if (cap < 0 || cap > (1 << 30)) {
            cap = 1 << 30;
        }
        long empty = 0x7ff8000000000000L; // NaN bits never occur among the values
        long[] table = new long[cap];
        Arrays.fill(table, empty);
        int mask = cap - 1;
        int n = 0;
        for (int i = 0; i < k; i++) {
            double x = v[i] == 0 ? 0.0 : v[i]; // -0.0 equals 0.0
            long bits = Double.doubleToRawLongBits(x);
            long h = bits * 0x9E3779B97F4A7C15L;
            int slot = (int) (h ^ (h >>> 32)) & mask;
            while (true) {
                long t = table[slot];
                if (t == empty) {
                    table[slot] = bits;
                    n++;
                    break;
                }
                if (t == bits) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return n;
    }

    /** The {@code k}-th smallest of {@code a[0, n)} (0-based), partially reordering {@code a} (Hoare/Wirth). */
    static double select(double[] a, int n, int k) {
        int l = 0;
        int r = n - 1;
        while (l < r) {
            double p = a[l];
            double q = a[(l + r) >>> 1];
            double t = a[r];
            double x = Math.max(Math.min(p, q), Math.min(Math.max(p, q), t));
            int i = l;
            int j = r;
            do {
                while (a[i] < x) {
                    i++;
                }
                while (x < a[j]) {
                    j--;
                }
                if (i <= j) {
                    double w = a[i];
                    a[i] = a[j];
                    a[j] = w;
                    i++;
                    j--;
                }
            } while (i <= j);
            if (j < k) {
                l = i;
            }
            if (k < i) {
                r = j;
            }
        }
        return a[k];
    }

    private static ColumnProfile temporal(String name, ColumnType type, double[] v, int missing, boolean dateTime,
                                          Cancellation cancellation) {
        int k = v.length;
        if (k == 0) {
            return new ColumnProfile(name, type, 0, missing, 0, null, null, null, null, null, null, null,
                    List.of(), null);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (x < min) {
                min = x;
            }
            if (x > max) {
                max = x;
            }
        }
        int distinct = distinct(v, k);
        cancellation.check();
        String minText = dateTime ? LocalDateTime.ofEpochSecond((long) min, 0, ZoneOffset.UTC).toString()
                : LocalDate.ofEpochDay((long) min).toString();
        String maxText = dateTime ? LocalDateTime.ofEpochSecond((long) max, 0, ZoneOffset.UTC).toString()
                : LocalDate.ofEpochDay((long) max).toString();
        return new ColumnProfile(name, type, k, missing, distinct, null, null, null, null, null, minText, maxText,
                List.of(), histogram(v, k, min, max, !dateTime));
    }

    /** Equal-width histogram of {@code v[0, k)}; one bin per value for small integer ranges. */
    static Histogram histogram(double[] v, int k, double min, double max, boolean integral) {
        double[] edges;
        int bins;
        if (integral && max - min < MAX_BINS) {
            bins = (int) (max - min) + 1;
            edges = new double[bins + 1];
            for (int i = 0; i <= bins; i++) {
                edges[i] = min - 0.5 + i;
            }
        } else if (max == min) {
            bins = 1;
            edges = new double[] {min, max};
        } else {
            bins = MAX_BINS;
            edges = new double[bins + 1];
            for (int i = 0; i <= bins; i++) {
                edges[i] = min + (max - min) * i / bins;
            }
        }
        int[] counts = new int[bins];
        double lo = edges[0];
        double width = (edges[bins] - lo) / bins;
        for (int i = 0; i < k; i++) {
            double x = v[i];
            int b = width == 0 ? 0 : (int) ((x - lo) / width);
            counts[Math.clamp(b, 0, bins - 1)]++;
        }
        return new Histogram(edges, counts);
    }

    private static ColumnProfile categorical(Column<?> column, ColumnType type, Cancellation cancellation) {
        int size = column.size();
        Map<String, int[]> counts = new HashMap<>();
        int missing = 0;
        if (column instanceof StringColumn sc) {
            // counts straight from the column's dictionary: O(distinct values), not O(rows)
            tech.tablesaw.columns.strings.DictionaryMap dict = sc.getDictionary();
            for (String s : dict.asSet()) {
                int c = dict.countOccurrences(s);
                if (s == null || s.isEmpty()) {
                    missing += c;
                } else if (c > 0) {
                    counts.put(s, new int[] {c});
                }
            }
        } else {
            for (int i = 0; i < size; i++) {
                if (column.isMissing(i)) {
                    missing++;
                } else {
                    counts.computeIfAbsent(column.getString(i), s -> new int[1])[0]++;
                }
            }
        }
        // top values without sorting all distinct values: keep the best TOP_VALUES while scanning
        Comparator<Map.Entry<String, int[]>> order = (a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey());
        List<Map.Entry<String, int[]>> best = new ArrayList<>(TOP_VALUES + 1);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (best.size() == TOP_VALUES && order.compare(e, best.get(TOP_VALUES - 1)) >= 0) {
                continue;
            }
            int pos = best.size();
            while (pos > 0 && order.compare(e, best.get(pos - 1)) < 0) {
                pos--;
            }
            best.add(pos, e);
            if (best.size() > TOP_VALUES) {
                best.remove(TOP_VALUES);
            }
        }
        List<ValueCount> top = new ArrayList<>();
        for (Map.Entry<String, int[]> e : best) {
            top.add(new ValueCount(e.getKey(), e.getValue()[0]));
        }
        String minText = null;
        String maxText = null;
        for (String s : counts.keySet()) {
            if (minText == null || s.compareTo(minText) < 0) {
                minText = s;
            }
            if (maxText == null || s.compareTo(maxText) > 0) {
                maxText = s;
            }
        }
        return new ColumnProfile(column.name(), type, size - missing, missing, counts.size(), null, null, null,
                null, null, minText, maxText, top, null);
    }
}
