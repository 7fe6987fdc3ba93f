package dev.glas.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.PrepException;
import dev.glas.core.task.Cancellation;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFM on the online retail slice equals pandas (src/test/python/rfm_reference.py). */
class RfmTest {

    static Dataset retail() throws Exception {
        return new DataImporter().read(SegmentFixtures.resource("online_retail_slice.csv"));
    }

    @Test
    void valuesScoresAndSegmentsEqualPandas() throws Exception {
        RfmResult r = Rfm.compute(retail(), new RfmOptions("CustomerID", "InvoiceDate", "Quantity*UnitPrice",
                "InvoiceNo", null), Cancellation.NEVER);
        List<String> ref = Files.readAllLines(SegmentFixtures.resource("rfm_reference.csv"));
        assertEquals(ref.size() - 1, r.size());
        assertEquals(LocalDate.of(2011, 12, 10), r.asOf());
        assertEquals(40, r.rowsSkipped());
        for (int i = 0; i < r.size(); i++) {
            String[] f = ref.get(i + 1).split(",");
            assertEquals(f[0], r.customers().get(i));
            assertEquals(Double.parseDouble(f[1]), r.recency()[i], 0, f[0]);
            assertEquals(Double.parseDouble(f[2]), r.frequency()[i], 0, f[0]);
            assertEquals(Double.parseDouble(f[3]), r.monetary()[i], 1e-6, f[0]);
            assertEquals(f[4] + f[5] + f[6], r.score(i), f[0]);
            assertEquals(f[7], r.segments().get(i).name(), f[0]);
        }
        int[] clusters = new int[r.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = r.r()[i] >= 3 ? 1 : 0;
        }
        int[][] t = Rfm.crosstab(r, clusters, 2);
        assertEquals(0, t[RfmSegment.LOST.ordinal()][1]);
        assertEquals(r.segmentCounts()[RfmSegment.LOST.ordinal()], t[RfmSegment.LOST.ordinal()][0]);
    }

    @Test
    void everyScorePairHasASegmentAndMissingColumnsAreNamed() throws Exception {
        for (int rr = 1; rr <= 5; rr++) {
            for (int ff = 1; ff <= 5; ff++) {
                RfmSegment.of(rr, ff);
            }
        }
        assertEquals(RfmSegment.CHAMPIONS, RfmSegment.of(5, 5));
        assertEquals(RfmSegment.LOST, RfmSegment.of(1, 1));
        PrepException e = assertThrows(PrepException.class, () -> Rfm.compute(retail(),
                new RfmOptions("Client", "InvoiceDate", "Amount", null, null), Cancellation.NEVER));
        assertEquals(List.of("Client, Amount"), List.of(e.args()[0]));
    }
}
