package dev.glas.core.segment;

import dev.glas.core.data.Dataset;
import dev.glas.core.prep.PrepException;
import dev.glas.core.task.Cancellation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * RFM from a transactions table. Recency = whole days from the last purchase to the reference date; frequency =
 * distinct invoices (or distinct purchase timestamps); monetary = sum of amounts (returns reduce it). Scores are
 * quintiles of the rank (ties broken by customer order), as pandas {@code qcut(x.rank(method="first"), 5)}; R is
 * reversed so that 5 = most recent.
 */
public final class Rfm {

    private Rfm() {
    }

    public static RfmResult compute(Dataset data, RfmOptions o, Cancellation cancellation) throws PrepException {
        List<String> need = new ArrayList<>(List.of(o.customer(), o.date()));
        String[] amountParts = o.amount().split("\\*");
        for (String a : amountParts) {
            need.add(a.trim());
        }
        if (o.invoice() != null) {
            need.add(o.invoice());
        }
        List<String> missing = need.stream().filter(c -> !data.types().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new PrepException("segment.prep.error.missing.columns", String.join(", ", missing));
        }
        List<String> notNumeric = Arrays.stream(amountParts).map(String::trim)
                .filter(c -> !(data.column(c) instanceof NumericColumn<?>)).toList();
        if (!notNumeric.isEmpty()) {
            throw new PrepException("segment.prep.error.not.numeric", String.join(", ", notNumeric));
        }
        Column<?> dateCol = data.column(o.date());
        if (!(dateCol instanceof DateColumn) && !(dateCol instanceof DateTimeColumn)) {
            throw new PrepException("segment.rfm.error.not.date", o.date());
        }
        Column<?> cust = data.column(o.customer());
        Column<?> inv = o.invoice() == null ? null : data.column(o.invoice());
        int n = data.rowCount();
        Map<String, Acc> accs = new TreeMap<>();
        int used = 0;
        LocalDateTime maxTime = null;
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0) {
                cancellation.check();
            }
            if (cust.isMissing(i) || dateCol.isMissing(i)) {
                continue;
            }
            double amount = 1;
            boolean ok = true;
            for (String a : amountParts) {
                NumericColumn<?> nc = (NumericColumn<?>) data.column(a.trim());
                if (nc.isMissing(i)) {
                    ok = false;
                    break;
                }
                amount *= nc.getDouble(i);
            }
            if (!ok) {
                continue;
            }
            String key = normalize(cust.getString(i));
            if (key == null) {
                continue;
            }
            LocalDateTime t = dateCol instanceof DateColumn dc ? dc.get(i).atStartOfDay()
                    : ((DateTimeColumn) dateCol).get(i);
            Acc acc = accs.computeIfAbsent(key, k -> new Acc());
            acc.rows.add(i);
            acc.monetary += amount;
            acc.events.add(inv == null ? t.toString() : (inv.isMissing(i) ? "" : inv.getString(i)));
            if (acc.last == null || t.isAfter(acc.last)) {
                acc.last = t;
            }
            if (maxTime == null || t.isAfter(maxTime)) {
                maxTime = t;
            }
            used++;
        }
        if (accs.isEmpty()) {
            throw new PrepException("segment.rfm.error.empty");
        }
        LocalDate asOf = o.asOf() != null ? o.asOf() : maxTime.toLocalDate().plusDays(1);
        int c = accs.size();
        List<String> customers = new ArrayList<>(accs.keySet());
        double[] rec = new double[c];
        double[] freq = new double[c];
        double[] mon = new double[c];
        List<int[]> rows = new ArrayList<>();
        int i = 0;
        for (Acc a : accs.values()) {
            rec[i] = ChronoUnit.DAYS.between(a.last.toLocalDate(), asOf);
            freq[i] = a.events.size();
            mon[i] = a.monetary;
            rows.add(a.rows.stream().mapToInt(Integer::intValue).toArray());
            i++;
        }
        int[] rs = quintiles(rec);
        for (int j = 0; j < c; j++) {
            rs[j] = 6 - rs[j];
        }
        int[] fs = quintiles(freq);
        int[] ms = quintiles(mon);
        List<RfmSegment> seg = new ArrayList<>(c);
        for (int j = 0; j < c; j++) {
            seg.add(RfmSegment.of(rs[j], fs[j]));
        }
        return new RfmResult(asOf, customers, rec, freq, mon, rs, fs, ms, seg, used, n - used, rows);
    }

    /** Customer ids as text; "17850.0" and "17850" are the same customer. */
    static String normalize(String id) {
        String t = id == null ? "" : id.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() < 30 && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-')) {
            try {
                return new BigDecimal(t).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return t;
            }
        }
        return t;
    }

    /**
     * pandas {@code qcut(x.rank(method="first"), 5, labels=1..5)}: ranks 1..n by value, ties in input order; bins
     * at the 0, 20, …, 100 % quantiles (linear interpolation) of the ranks, right-closed, lowest included.
     */
    static int[] quintiles(double[] x) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int cmp = Double.compare(x[a], x[b]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        double[] rank = new double[n];
        for (int p = 0; p < n; p++) {
            rank[order[p]] = p + 1;
        }
        double[] edges = new double[6];
        for (int q = 0; q <= 5; q++) {
            double pos = q / 5.0 * (n - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(lo + 1, n - 1);
            edges[q] = (lo + 1) + (pos - lo) * ((hi + 1) - (lo + 1));
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int b = 1;
            while (b < 5 && rank[i] > edges[b]) {
                b++;
            }
            out[i] = b;
        }
        return out;
    }

    private static final class Acc {
        final List<Integer> rows = new ArrayList<>();
        final Set<String> events = new HashSet<>();
        double monetary;
        LocalDateTime last;
    }

    /** Crosstab RFM segment × cluster: counts[segment ordinal][cluster]. */
    public static int[][] crosstab(RfmResult rfm, int[] clusters, int k) {
        int[][] t = new int[RfmSegment.values().length][k];
        for (int i = 0; i < rfm.size(); i++) {
            t[rfm.segments().get(i).ordinal()][clusters[i]]++;
        }
        return t;
    }

    /** Per-customer features for clustering: log1p of recency, frequency and max(monetary, 0). */
    public static double[][] logFeatures(RfmResult rfm) {
        double[][] x = new double[rfm.size()][3];
        for (int i = 0; i < rfm.size(); i++) {
            x[i][0] = Math.log1p(rfm.recency()[i]);
            x[i][1] = Math.log1p(rfm.frequency()[i]);
            x[i][2] = Math.log1p(Math.max(0, rfm.monetary()[i]));
        }
        return x;
    }

}
