package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SMOTE-NC: one-hot blocks are nominal features; synthetic rows stay one-hot. */
class SmoteNcTest {

    /** Feature 0 continuous; features 1..3 one one-hot block (categories A, B, C). */
    private static final List<int[]> GROUPS = List.of(new int[] {0}, new int[] {1, 2, 3});

    private static double[][] table(double[] x, int[] cat) {
        double[][] c = new double[4][x.length];
        for (int i = 0; i < x.length; i++) {
            c[0][i] = x[i];
            c[1 + cat[i]][i] = 1;
        }
        return c;
    }

    @Test
    void syntheticRowsStayOneHotAndTakeTheNeighboursMajorityCategory() {
        // 6 positives: five A and one B; 20 negatives
        SplittableRandom r = new SplittableRandom(4);
        int n = 26;
        double[] x = new double[n];
        int[] cat = new int[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
            y[i] = i < 6 ? 1 : 0;
            cat[i] = i < 6 ? (i == 2 ? 1 : 0) : r.nextInt(3);
        }
        double[][] c = table(x, cat);
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        TrainingSet nc = TrainingSet.of(c, y, all, Balance.SMOTE, 9, GROUPS);
        assertEquals(40, nc.rows());
        assertSame(GROUPS, nc.groups());
        double lo = Arrays.stream(x, 0, 6).min().orElseThrow();
        double hi = Arrays.stream(x, 0, 6).max().orElseThrow();
        for (int i = n; i < nc.rows(); i++) {
            assertEquals(1, nc.y()[i]);
            // k = 5 neighbours among 6 positives: the majority is always A (four or five of them)
            assertEquals(1.0, nc.cols()[1][i], "row " + i);
            assertEquals(0.0, nc.cols()[2][i]);
            assertEquals(0.0, nc.cols()[3][i]);
            assertTrue(nc.cols()[0][i] >= lo - 1e-12 && nc.cols()[0][i] <= hi + 1e-12);
        }
        // plain SMOTE (no groups) interpolates the one-hot columns into fractions
        TrainingSet plain = TrainingSet.of(c, y, all, Balance.SMOTE, 9);
        long fractional = java.util.stream.IntStream.range(n, plain.rows())
                .filter(i -> plain.cols()[1][i] > 0 && plain.cols()[1][i] < 1).count();
        assertTrue(fractional > 0);
    }

    /**
     * Distances add the squared median standard deviation of the continuous features for a differing category:
     * the positive at 0.0 (A) has 0.1 (B) nearest by value but 0.25 (A) nearest by the SMOTE-NC distance.
     */
    @Test
    void differingCategoriesCostTheMedianStandardDeviation() {
        double[] x = {0.0, 0.1, 0.25, 3.0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9};
        int[] cat = {0, 1, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
        int[] y = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        double[][] c = table(x, cat);
        double mean = (0.0 + 0.1 + 0.25 + 3.0) / 4;
        double var = (Math.pow(0 - mean, 2) + Math.pow(0.1 - mean, 2) + Math.pow(0.25 - mean, 2)
                + Math.pow(3.0 - mean, 2)) / 4;
        assertEquals(Math.sqrt(var), TrainingSet.medianStd(c, new int[] {0}, new int[] {0, 1, 2, 3}), 1e-12);
        TrainingSet nc = TrainingSet.smote(c, y, 1, 3, GROUPS);
        assertEquals(24, nc.rows());
        for (int s = 0; s < 8; s++) {
            int i = 16 + s;
            if (s % 4 == 0) { // generated from the positive at 0.0 (A): its one neighbour is 0.25 (A)
                assertTrue(nc.cols()[0][i] >= 0 && nc.cols()[0][i] <= 0.25, "x " + nc.cols()[0][i]);
                assertEquals(1.0, nc.cols()[1][i]);
            }
            double hot = nc.cols()[1][i] + nc.cols()[2][i] + nc.cols()[3][i];
            assertEquals(1.0, hot);
        }
        // positives close together: the median standard deviation is small, a differing category costs little,
        // and 0.1 (B) is now the nearest neighbour of 0.0 (A) — the new client takes B; plain SMOTE, which sees the
        // one-hot columns as numbers (a differing category costs 2), still picks 0.25 (A)
        double[] close = {0.0, 0.1, 0.25, 0.3, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9};
        double[][] c2 = table(close, cat);
        assertTrue(TrainingSet.medianStd(c2, new int[] {0}, new int[] {0, 1, 2, 3}) < 0.15);
        TrainingSet nc2 = TrainingSet.smote(c2, y, 1, 3, GROUPS);
        assertTrue(nc2.cols()[0][16] >= 0 && nc2.cols()[0][16] <= 0.1, "x " + nc2.cols()[0][16]);
        assertEquals(1.0, nc2.cols()[2][16]); // category B
        TrainingSet plain = TrainingSet.smote(c2, y, 1, 3);
        assertEquals(1.0, plain.cols()[1][16], 1e-12); // A and A interpolated: still A
    }
}
