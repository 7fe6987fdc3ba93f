package dev.glas.core.data;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Sorting and filtering of a table view without copying rows: both work on arrays of row indices into the
 * dataset, so a million-row table is re-ordered with a few megabytes of memory. Run in the background.
 */
public final class RowOrder {

    private RowOrder() {
    }

    /** 0, 1, …, n-1. */
    public static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /**
     * Returns {@code rows} ordered by the values of {@code column}; stable, missing values always last.
     * Strings compare case-insensitively.
     */
    public static int[] sort(Dataset data, int[] rows, String column, boolean ascending, Cancellation cancel) {
        Column<?> col = data.column(column);
        int n = rows.length;
        IntComparator cmp;
        switch (col) {
            case NumericColumn<?> num -> {
                double[] k = new double[n];
                for (int i = 0; i < n; i++) {
                    k[i] = num.isMissing(rows[i]) ? Double.NaN : num.getDouble(rows[i]);
                }
                cmp = (a, b) -> {
                    boolean ma = Double.isNaN(k[a]);
                    boolean mb = Double.isNaN(k[b]);
                    if (ma || mb) {
                        return ma == mb ? 0 : ma ? 1 : -1;
                    }
                    int c = Double.compare(k[a], k[b]);
                    return ascending ? c : -c;
                };
            }
            case DateColumn d -> cmp = longKeys(n, i -> d.isMissing(rows[i]) ? Long.MIN_VALUE
                    : d.get(rows[i]).toEpochDay(), ascending);
            case DateTimeColumn d -> cmp = longKeys(n, i -> d.isMissing(rows[i]) ? Long.MIN_VALUE
                    : d.get(rows[i]).toEpochSecond(java.time.ZoneOffset.UTC), ascending);
            case BooleanColumn b -> cmp = longKeys(n, i -> b.isMissing(rows[i]) ? Long.MIN_VALUE
                    : b.get(rows[i]) ? 1 : 0, ascending);
            default -> {
                String[] k = new String[n];
                for (int i = 0; i < n; i++) {
                    k[i] = col.isMissing(rows[i]) ? null : col.getUnformattedString(rows[i]);
                }
                cmp = (a, b) -> {
                    if (k[a] == null || k[b] == null) {
                        return k[a] == k[b] ? 0 : k[a] == null ? 1 : -1;
                    }
                    int c = String.CASE_INSENSITIVE_ORDER.compare(k[a], k[b]);
                    return ascending ? c : -c;
                };
            }
        }
        cancel.check();
        int[] pos = identity(n);
        mergeSort(pos, cmp, cancel);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = rows[pos[i]];
        }
        return out;
    }

    /**
     * The rows (in their given order) where any column's displayed value contains {@code text},
     * ignoring case. A blank text keeps all rows.
     */
    public static int[] filter(Dataset data, int[] rows, String text, ValueFormat format, Progress progress,
                               Cancellation cancel) {
        if (text == null || text.isBlank()) {
            return rows.clone();
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<Column<?>> cols = data.table().columns();
        List<Map<String, Boolean>> memo = cols.stream()
                .map(c -> c instanceof StringColumn ? (Map<String, Boolean>) new HashMap<String, Boolean>() : null).toList();
        int[] out = new int[rows.length];
        int count = 0;
        for (int i = 0; i < rows.length; i++) {
            if ((i & 0x3FFF) == 0) {
                cancel.check();
                progress.report((double) i / rows.length, "table.filtering");
            }
            int r = rows[i];
            for (int c = 0; c < cols.size(); c++) {
                Column<?> col = cols.get(c);
                if (col.isMissing(r)) {
                    continue;
                }
                boolean hit;
                Map<String, Boolean> m = memo.get(c);
                if (m != null) {
                    String v = col.getUnformattedString(r);
                    Boolean known = m.get(v);
                    if (known == null) {
                        known = v.toLowerCase(Locale.ROOT).contains(needle);
                        if (m.size() < 200_000) {
                            m.put(v, known);
                        }
                    }
                    hit = known;
                } else {
                    hit = format.format(col, r).toLowerCase(Locale.ROOT).contains(needle);
                }
                if (hit) {
                    out[count++] = r;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /**
     * Rows whose value of {@code column} falls in bin {@code bin} of a histogram made by the profiler:
     * {@code [edges[bin], edges[bin+1])}, the last bin closed. Dates use epoch days, date-times epoch seconds.
     */
    public static int[] rowsInBin(Dataset data, String column, Histogram histogram, int bin) {
        double[] edges = histogram.edges();
        double lo = edges[bin];
        double hi = edges[bin + 1];
        boolean last = bin == histogram.bins() - 1;
        Column<?> col = data.column(column);
        int n = data.rowCount();
        int[] out = new int[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            if (col.isMissing(r)) {
                continue;
            }
            double v = switch (col) {
                case NumericColumn<?> num -> num.getDouble(r);
                case DateColumn d -> d.get(r).toEpochDay();
                case DateTimeColumn d -> d.get(r).toEpochSecond(java.time.ZoneOffset.UTC);
                case BooleanColumn b -> b.get(r) ? 1 : 0;
                default -> Double.NaN;
            };
            if (v >= lo && (v < hi || (last && v <= hi))) {
                out[count++] = r;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Rows whose value of {@code column} (as text, the way the profiler counts top values) equals {@code value}. */
    public static int[] rowsWithValue(Dataset data, String column, String value) {
        Column<?> col = data.column(column);
        int n = data.rowCount();
        int[] out = new int[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            if (!col.isMissing(r) && value.equals(col instanceof StringColumn sc ? sc.get(r) : col.getString(r))) {
                out[count++] = r;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Rows where {@code column} is missing. */
    public static int[] rowsMissing(Dataset data, String column) {
        Column<?> col = data.column(column);
        int n = data.rowCount();
        int[] out = new int[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            if (col.isMissing(r)) {
                out[count++] = r;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    @FunctionalInterface
    private interface LongKey {
        long key(int i);
    }

    private static IntComparator longKeys(int n, LongKey f, boolean ascending) {
        long[] k = new long[n];
        for (int i = 0; i < n; i++) {
            k[i] = f.key(i);
        }
        return (a, b) -> {
            boolean ma = k[a] == Long.MIN_VALUE;
            boolean mb = k[b] == Long.MIN_VALUE;
            if (ma || mb) {
                return ma == mb ? 0 : ma ? 1 : -1;
            }
            int c = Long.compare(k[a], k[b]);
            return ascending ? c : -c;
        };
    }

    /** Stable bottom-up merge sort of int values with a primitive comparator (no boxing). */
    static void mergeSort(int[] a, IntComparator cmp, Cancellation cancel) {
        int n = a.length;
        int[] src = a;
        int[] dst = new int[n];
        // insertion sort runs of 32
        int run = 32;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int v = src[i];
                int j = i - 1;
                while (j >= lo && cmp.compare(src[j], v) > 0) {
                    src[j + 1] = src[j];
                    j--;
                }
                src[j + 1] = v;
            }
        }
        for (int width = run; width < n; width *= 2) {
            cancel.check();
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = cmp.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, n);
        }
    }
}
