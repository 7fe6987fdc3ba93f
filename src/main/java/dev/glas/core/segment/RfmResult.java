package dev.glas.core.segment;

import java.time.LocalDate;
import java.util.List;

/**
 * RFM table: one row per customer (sorted by customer id as text), with recency (days), frequency, monetary, the
 * quintile scores 1..5 (5 = best: most recent, most frequent, highest spend) and the named segment.
 *
 * @param rowsUsed     transaction rows used (customer and date present, amount a number)
 * @param rowsSkipped  rows without customer, date or amount
 * @param customerRows for each customer, the indices of its transaction rows (for drill-down)
 */
public record RfmResult(LocalDate asOf, List<String> customers, double[] recency, double[] frequency, double[] monetary,
                        int[] r, int[] f, int[] m, List<RfmSegment> segments, int rowsUsed, int rowsSkipped,
                        List<int[]> customerRows) {

    public RfmResult {
        customers = List.copyOf(customers);
        segments = List.copyOf(segments);
        customerRows = List.copyOf(customerRows);
    }

    public int size() {
        return customers.size();
    }

    /** Score string such as "545". */
    public String score(int i) {
        return "" + r[i] + f[i] + m[i];
    }

    /** Counts per segment in enum order. */
    public int[] segmentCounts() {
        int[] c = new int[RfmSegment.values().length];
        for (RfmSegment s : segments) {
            c[s.ordinal()]++;
        }
        return c;
    }
}
