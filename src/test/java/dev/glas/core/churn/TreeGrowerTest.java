package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The histogram tree grower against definitions computed row by row: the root split is the best split over all
 * bin edges by the second-order gain, and walking a row's bins reaches the leaf the raw values reach.
 */
class TreeGrowerTest {

    /** 20,000 rows × 5 features (enough rows for the parallel row-chunked histograms), with NaNs and ties. */
    private static double[][] data(SplittableRandom rnd, int n) {
        double[][] x = new double[5][n];
        for (int r = 0; r < n; r++) {
            x[0][r] = rnd.nextGaussian();
            x[1][r] = rnd.nextInt(7);                            // few distinct values
            x[2][r] = rnd.nextDouble() < 0.1 ? Double.NaN : rnd.nextDouble() * 100;
            x[3][r] = Math.exp(rnd.nextGaussian());
            x[4][r] = rnd.nextInt(2);
        }
        return x;
    }

    @Test
    void rootSplitIsTheBestSecondOrderSplitOverAllBinEdges() {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 20_000;
        double[][] x = data(rnd, n);
        double[] grad = new double[n];
        double[] hess = new double[n];
        for (int r = 0; r < n; r++) {
            double signal = 0.8 * x[0][r] + (x[1][r] > 3 ? 0.7 : 0) + (Double.isNaN(x[2][r]) ? 1.0 : 0);
            double p = 1 / (1 + Math.exp(-signal));
            double y = rnd.nextDouble() < p ? 1 : 0;
            double q = 0.3;
            grad[r] = q - y;
            hess[r] = q * (1 - q) * (0.5 + rnd.nextDouble()); // unequal hessians, like weighted rows
        }
        int[] rows = new int[n];
        for (int r = 0; r < n; r++) {
            rows[r] = r;
        }
        Binning binning = Binning.fit(x, rows, 256, 1);
        byte[][] bins = binning.apply(x);
        TreeGrower grower = new TreeGrower(bins, binning, new TreeGrower.Params(31, 0, 20, 1e-3, 0.5, 0));
        Tree tree = grower.grow(grad, hess, rows.clone(), new SplittableRandom(1), new int[n]);

        // brute force: every feature, every edge, gain from the rows themselves
        double lambda = 0.5;
        double g = 0;
        double h = 0;
        for (int r = 0; r < n; r++) {
            g += grad[r];
            h += hess[r];
        }
        double bestGain = Double.NEGATIVE_INFINITY;
        int bestFeature = -1;
        double bestThreshold = Double.NaN;
        for (int f = 0; f < x.length; f++) {
            for (int b = 0; b + 1 < binning.bins(f); b++) {
                double t = binning.threshold(f, b);
                double gl = 0;
                double hl = 0;
                int cl = 0;
                for (int r = 0; r < n; r++) {
                    double v = x[f][r];
                    if (Double.isNaN(v) || v <= t) {
                        gl += grad[r];
                        hl += hess[r];
                        cl++;
                    }
                }
                if (cl < 20 || n - cl < 20) {
                    continue;
                }
                double gain = gl * gl / (hl + lambda) + (g - gl) * (g - gl) / (h - hl + lambda) - g * g / (h + lambda);
                if (gain > bestGain) {
                    bestGain = gain;
                    bestFeature = f;
                    bestThreshold = t;
                }
            }
        }
        assertEquals(bestFeature, tree.feature()[0]);
        assertEquals(bestThreshold, tree.threshold()[0], 0);
        assertEquals(bestGain, tree.gain()[0], 1e-9 * Math.abs(bestGain));
        assertTrue(tree.size() > 40, "a 31-leaf tree has 61 nodes: " + tree.size());

        // walking the bins reaches the same leaf as the raw values, for every row
        for (int r = 0; r < n; r++) {
            int leaf = grower.leafOfBinned(r);
            assertTrue(tree.isLeaf(leaf));
            assertEquals(tree.predict(x, r), tree.value()[leaf], 0, "row " + r);
        }
    }

    @Test
    void gradientBoostingIsDeterministicAcrossRunsAndThreads() {
        SplittableRandom rnd = new SplittableRandom(3);
        int n = 15_000;
        double[][] x = data(rnd, n);
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            y[r] = rnd.nextDouble() < 1 / (1 + Math.exp(-(x[0][r] - 1 + 0.3 * x[1][r]))) ? 1 : 0;
        }
        int[] rows = new int[n];
        for (int r = 0; r < n; r++) {
            rows[r] = r;
        }
        HistGbm.Params prm = HistGbm.Params.defaults(5);
        TreeEnsemble a = HistGbm.fit(x, y, null, rows, prm, dev.glas.core.task.Progress.NONE,
                dev.glas.core.task.Cancellation.NEVER);
        TreeEnsemble b = HistGbm.fit(x, y, null, rows, prm, dev.glas.core.task.Progress.NONE,
                dev.glas.core.task.Cancellation.NEVER);
        assertEquals(a.trees().size(), b.trees().size());
        double[] pa = a.predict(x);
        double[] pb = b.predict(x);
        for (int r = 0; r < n; r++) {
            // the row-chunked histograms add the chunks in a fixed order: identical sums, identical models
            assertEquals(pa[r], pb[r], 0);
        }
    }
}
