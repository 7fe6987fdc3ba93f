package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FoldsAndBalanceTest {

    private static int[] labels(int n, double rate, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return java.util.stream.IntStream.range(0, n).map(i -> r.nextDouble() < rate ? 1 : 0).toArray();
    }

    @Test
    void stratifiedFoldsKeepTheClassMixAndAreSeeded() {
        int[] y = labels(1003, 0.1, 1);
        int[] rows = java.util.stream.IntStream.range(0, y.length).toArray();
        int[] fold = Folds.stratifiedKFold(y, rows, 5, 42);
        assertArrayEquals(fold, Folds.stratifiedKFold(y, rows, 5, 42));
        int pos = Arrays.stream(y).sum();
        for (int f = 0; f < 5; f++) {
            int ff = f;
            int size = (int) Arrays.stream(rows).filter(i -> fold[i] == ff).count();
            int p = (int) Arrays.stream(rows).filter(i -> fold[i] == ff && y[i] == 1).count();
            assertTrue(Math.abs(size - y.length / 5.0) <= 1, "fold size " + size);
            assertTrue(Math.abs(p - pos / 5.0) <= 1, "fold positives " + p);
        }
        int[][] split = Folds.stratifiedSplit(y, rows, 0.2, 42);
        assertEquals(y.length, split[0].length + split[1].length);
        assertTrue(Arrays.stream(split[1]).noneMatch(i -> Arrays.binarySearch(split[0], i) >= 0));
        assertEquals(Math.round(pos * 0.2), Arrays.stream(split[1]).filter(i -> y[i] == 1).count());
    }

    @Test
    void balancingTouchesOnlyTheGivenTrainingRows() {
        int[] y = labels(600, 0.15, 2);
        SplittableRandom r = new SplittableRandom(3);
        double[][] x = new double[3][600];
        for (double[] c : x) {
            for (int i = 0; i < c.length; i++) {
                c[i] = r.nextGaussian();
            }
        }
        int[] train = java.util.stream.IntStream.range(0, 400).toArray();
        int pos = (int) Arrays.stream(train).filter(i -> y[i] == 1).count();

        TrainingSet under = TrainingSet.of(x, y, train, Balance.UNDER, 1);
        assertEquals(2 * pos, under.rows());
        assertEquals(pos, Arrays.stream(under.y()).sum());

        TrainingSet smote = TrainingSet.of(x, y, train, Balance.SMOTE, 1);
        assertEquals(2 * (400 - pos), smote.rows());
        assertEquals(400 - pos, Arrays.stream(smote.y()).sum());
        // synthetic points lie inside the bounding box of the training positives (convex combinations)
        for (int f = 0; f < 3; f++) {
            int ff = f;
            double lo = Arrays.stream(train).filter(i -> y[i] == 1).mapToDouble(i -> x[ff][i]).min().orElseThrow();
            double hi = Arrays.stream(train).filter(i -> y[i] == 1).mapToDouble(i -> x[ff][i]).max().orElseThrow();
            for (int i = 400; i < smote.rows(); i++) {
                assertTrue(smote.cols()[f][i] >= lo - 1e-12 && smote.cols()[f][i] <= hi + 1e-12);
            }
        }
        TrainingSet w = TrainingSet.of(x, y, train, Balance.WEIGHTS, 1);
        double wp = 0;
        double wn = 0;
        for (int i = 0; i < w.rows(); i++) {
            if (w.y()[i] == 1) {
                wp += w.weight()[i];
            } else {
                wn += w.weight()[i];
            }
        }
        assertEquals(wp, wn, 1e-9);
        assertEquals(400, wp + wn, 1e-9);
    }

    @Test
    void bestThresholdMaximisesProfit() {
        int[] y = labels(300, 0.3, 4);
        SplittableRandom r = new SplittableRandom(5);
        double[] p = Arrays.stream(y).mapToDouble(v -> Math.min(1, Math.max(0, 0.3 * v + 0.5 * r.nextDouble()))).toArray();
        ThresholdCost cost = new ThresholdCost(300, 40);
        ThresholdCost.Choice c = cost.best(y, p);
        double best = 0; // contact nobody
        for (double t : p) {
            best = Math.max(best, cost.profit(Metrics.confusion(y, p, t)));
        }
        assertEquals(best, c.profit(), 1e-9);
        assertEquals(c.profit(), cost.profit(c.confusion()), 1e-9);
    }
}
