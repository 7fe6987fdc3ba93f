package dev.glas.core.churn;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * Finds leakage suspects before modelling:
 * <ul>
 *   <li>NEAR_TARGET — the column alone separates the classes almost perfectly (single-column ROC-AUC ≥ 0.95,
 *   numbers ranked as they are, categories ranked by their positive rate);</li>
 *   <li>IDENTIFIER — typed as an identifier, or whole numbers that are all distinct;</li>
 *   <li>POST_OUTCOME — dates (check they precede the outcome) and names of values usually known only after it
 *   (call duration, cancellation/closing/end dates, churn reasons). The bank marketing {@code duration} (length
 *   of the call that decided the outcome) is the textbook example.</li>
 * </ul>
 */
public final class LeakageCheck {

    public static final double NEAR_TARGET_AUC = 0.95;
    static final Pattern POST_OUTCOME = Pattern.compile(
            "(^|[_\\W])(duration|call_?duration|call_?length|cancel\\w*|closed?\\w*|close_?date|end_?date|termination"
                    + "|terminated|churn_?(date|reason)|exit_?date|left_?date|refund\\w*|длительн\\w*|отток\\w*"
                    + "|дата_?(ухода|закрытия|расторжения))([_\\W]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private LeakageCheck() {
    }

    public static List<LeakSuspect> scan(Dataset data, String target, int[] y, int[] rows) {
        List<LeakSuspect> out = new ArrayList<>();
        for (String c : data.columnNames()) {
            if (c.equals(target)) {
                continue;
            }
            ColumnType t = data.type(c);
            Column<?> col = data.column(c);
            if (t == ColumnType.IDENTIFIER || (col instanceof NumericColumn<?> && t == ColumnType.INTEGER
                    && allDistinct(col, rows) && rows.length > 50)) {
                out.add(new LeakSuspect(c, LeakSuspect.Kind.IDENTIFIER, Double.NaN));
                continue;
            }
            double auc = singleColumnAuc(col, y, rows);
            if (!Double.isNaN(auc) && auc >= NEAR_TARGET_AUC) {
                out.add(new LeakSuspect(c, LeakSuspect.Kind.NEAR_TARGET, auc));
                continue;
            }
            if (t.isTemporal() || POST_OUTCOME.matcher(c.toLowerCase(Locale.ROOT)).find()) {
                out.add(new LeakSuspect(c, LeakSuspect.Kind.POST_OUTCOME, Double.NaN));
            }
        }
        return List.copyOf(out);
    }

    private static boolean allDistinct(Column<?> col, int[] rows) {
        Set<String> seen = new HashSet<>();
        for (int r : rows) {
            if (col.isMissing(r) || !seen.add(col.getString(r))) {
                return false;
            }
        }
        return true;
    }

    /** ROC-AUC of the column alone, folded to ≥ 0.5; NaN when not computable. */
    static double singleColumnAuc(Column<?> col, int[] y, int[] rows) {
        int n = 0;
        int[] yy = new int[rows.length];
        double[] s = new double[rows.length];
        if (col instanceof NumericColumn<?> nc) {
            for (int k = 0; k < rows.length; k++) {
                if (!nc.isMissing(rows[k])) {
                    yy[n] = y[k];
                    s[n++] = nc.getDouble(rows[k]);
                }
            }
        } else {
            Map<String, int[]> counts = new HashMap<>();
            for (int k = 0; k < rows.length; k++) {
                String v = col.isMissing(rows[k]) ? "\u0000" : col.getString(rows[k]);
                int[] c = counts.computeIfAbsent(v, x -> new int[2]);
                c[0]++;
                c[1] += y[k];
            }
            if (counts.size() > 50 || counts.size() < 2) {
                return Double.NaN;
            }
            for (int k = 0; k < rows.length; k++) {
                String v = col.isMissing(rows[k]) ? "\u0000" : col.getString(rows[k]);
                int[] c = counts.get(v);
                yy[n] = y[k];
                s[n++] = (double) c[1] / c[0];
            }
        }
        int[] yv = java.util.Arrays.copyOf(yy, n);
        double auc = Metrics.rocAuc(yv, java.util.Arrays.copyOf(s, n));
        return Double.isNaN(auc) ? auc : Math.max(auc, 1 - auc);
    }
}
