package dev.glas.core.prep;

import dev.glas.core.data.ColumnType;
import dev.glas.core.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Column selection and small numeric helpers shared by the steps. */
final class Columns {

    private Columns() {
    }

    /** The given columns checked to be numeric, or (when empty) all numeric non-identifier columns. */
    static List<String> numeric(Frame in, List<String> requested) throws PrepException {
        if (requested.isEmpty()) {
            List<String> all = new ArrayList<>();
            for (String c : in.data().columnNames()) {
                if (in.isNumeric(c) && in.type(c) != ColumnType.IDENTIFIER) {
                    all.add(c);
                }
            }
            return List.copyOf(all);
        }
        requirePresent(in, requested);
        List<String> bad = new ArrayList<>();
        for (String c : requested) {
            if (!in.isNumeric(c)) {
                bad.add(c);
            }
        }
        if (!bad.isEmpty()) {
            throw new PrepException("segment.prep.error.not.numeric", String.join(", ", bad));
        }
        return List.copyOf(requested);
    }

    static void requirePresent(Frame in, List<String> columns) throws PrepException {
        List<String> missing = new ArrayList<>();
        for (String c : columns) {
            if (!in.has(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new PrepException("segment.prep.error.missing.columns", String.join(", ", missing));
        }
    }

    static String list(List<String> columns) {
        return columns.isEmpty() ? Messages.get("segment.prep.all.numeric") : String.join(", ", columns);
    }

    /** Present (non-NaN) values, sorted. */
    static double[] sortedPresent(double[] v) {
        double[] p = Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
        Arrays.sort(p);
        return p;
    }

    /** Quantile with linear interpolation (numpy's default "linear" method) of sorted values. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    static double mean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Population standard deviation (ddof = 0, as sklearn's StandardScaler) of present values. */
    static double std(double[] v, double mean) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += (x - mean) * (x - mean);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(s / n);
    }
}
