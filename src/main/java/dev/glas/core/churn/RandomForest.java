package dev.glas.core.churn;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random forest of histogram trees: each tree sees a bootstrap sample (multiplicities as weights) and draws
 * {@code sqrt(features)} candidate features per node; splits minimize the weighted squared error of the 0/1
 * label, which for two classes orders splits exactly as the Gini impurity does. The forest averages the leaf
 * positive rates.
 */
public final class RandomForest {

    /**
     * @param trees          number of trees
     * @param minSamplesLeaf minimum rows (with repetition) in a leaf
     * @param maxDepth       depth limit, 0 = none
     * @param maxFeatures    features per node, 0 = sqrt(features)
     * @param seed           seed of bootstrap and feature draws
     */
    public record Params(int trees, int minSamplesLeaf, int maxDepth, int maxFeatures, long seed) {
        public Params {
            if (trees < 1 || minSamplesLeaf < 1 || maxDepth < 0 || maxFeatures < 0) {
                throw new IllegalArgumentException("invalid random forest parameters");
            }
        }

        public static Params defaults(long seed) {
            return new Params(100, 3, 0, 0, seed);
        }
    }

    private RandomForest() {
    }

    public static TreeEnsemble fit(double[][] cols, int[] y, double[] weight, int[] rows, Params prm,
                                   Progress progress, Cancellation cancellation) {
        Binning binning = Binning.fit(cols, rows, 256, prm.seed());
        byte[][] bins = binning.apply(cols);
        int p = cols.length;
        int mtry = prm.maxFeatures() > 0 ? Math.min(p, prm.maxFeatures()) : Math.max(1, (int) Math.round(Math.sqrt(p)));
        TreeGrower grower = new TreeGrower(bins, binning, new TreeGrower.Params(0, prm.maxDepth(),
                prm.minSamplesLeaf(), 1e-9, 0.0, mtry >= p ? 0 : mtry));
        int n = y.length;
        double[] grad = new double[n];
        double[] hess = new double[n];
        int[] count = new int[n];
        SplittableRandom rnd = new SplittableRandom(prm.seed());
        List<Tree> trees = new ArrayList<>();
        for (int t = 0; t < prm.trees(); t++) {
            cancellation.check();
            java.util.Arrays.fill(count, 0);
            for (int k = 0; k < rows.length; k++) {
                count[rows[rnd.nextInt(rows.length)]]++;
            }
            int m = 0;
            int[] idx = new int[rows.length];
            for (int r : rows) {
                if (count[r] > 0) {
                    double w = count[r] * (weight == null ? 1 : weight[r]);
                    grad[r] = -w * y[r];
                    hess[r] = w;
                    idx[m++] = r;
                }
            }
            // min_samples_leaf counts distinct rows here
            trees.add(grower.grow(grad, hess, java.util.Arrays.copyOf(idx, m), rnd.split(), null));
            progress.report((t + 1.0) / prm.trees(), "churn.progress.forest", t + 1);
        }
        return new TreeEnsemble(trees, 0, true, p);
    }
}
