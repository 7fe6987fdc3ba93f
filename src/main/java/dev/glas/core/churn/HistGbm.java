package dev.glas.core.churn;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Histogram gradient boosting for binary log-loss, the algorithm of LightGBM and scikit-learn's
 * HistGradientBoostingClassifier: features binned to ≤ 255 bins, leaf-wise trees grown from gradient/hessian
 * histograms with histogram subtraction, parallel histogram building. Early stopping (on by default for more
 * than 10,000 rows, as scikit-learn's {@code early_stopping='auto'}) holds out a stratified
 * {@code validationFraction} of the training rows and stops after {@code patience} rounds without improving
 * the validation log-loss by more than 1e-7; the model keeps the trees up to the best round.
 */
public final class HistGbm {

    /**
     * @param learningRate   shrinkage
     * @param maxIter        boosting rounds
     * @param maxLeaves      leaves per tree (leaf-wise growth)
     * @param maxDepth       depth limit, 0 = none
     * @param minSamplesLeaf minimum rows in a leaf
     * @param l2             L2 regularization of leaf values
     * @param maxBins        bins per feature (≤ 255)
     * @param earlyStopping  "auto" (on above 10,000 rows), "on" or "off"
     * @param seed           seed of the validation split
     */
    public record Params(double learningRate, int maxIter, int maxLeaves, int maxDepth, int minSamplesLeaf,
                         double l2, int maxBins, String earlyStopping, long seed) {
        public Params {
            if (!(learningRate > 0 && learningRate <= 1)) {
                throw new IllegalArgumentException("learningRate must be in (0, 1]");
            }
            if (maxIter < 1 || maxLeaves < 2 || minSamplesLeaf < 1 || l2 < 0 || maxBins < 2 || maxBins > 255) {
                throw new IllegalArgumentException("invalid gradient boosting parameters");
            }
            if (!List.of("auto", "on", "off").contains(earlyStopping)) {
                throw new IllegalArgumentException("earlyStopping must be auto, on or off");
            }
        }

        /** scikit-learn's HistGradientBoostingClassifier defaults. */
        public static Params defaults(long seed) {
            return new Params(0.1, 100, 31, 0, 20, 0.0, 255, "auto", seed);
        }
    }

    static final int PATIENCE = 10;
    static final double TOL = 1e-7;
    static final double VALIDATION_FRACTION = 0.1;

    private HistGbm() {
    }

    /**
     * Fits on the rows {@code rows} of {@code cols}.
     *
     * @param y      0/1 labels (all rows)
     * @param weight sample weights (all rows) or null
     */
    public static TreeEnsemble fit(double[][] cols, int[] y, double[] weight, int[] rows, Params prm,
                                   Progress progress, Cancellation cancellation) {
        boolean stop = prm.earlyStopping().equals("on")
                || (prm.earlyStopping().equals("auto") && rows.length > 10_000);
        int[] train = rows;
        int[] valid = new int[0];
        if (stop) {
            int[][] split = Folds.stratifiedSplit(y, rows, VALIDATION_FRACTION, prm.seed());
            train = split[0];
            valid = split[1];
        }
        Binning binning = Binning.fit(cols, train, prm.maxBins() + 1 > 256 ? 256 : prm.maxBins() + 1, prm.seed());
        int n = y.length;
        double base = logOdds(train, y, weight);
        double[] raw = new double[n];
        java.util.Arrays.fill(raw, base);
        double[] grad = new double[n];
        double[] hess = new double[n];
        // the grower keeps a row-major copy only: the feature-major bins are not held here either
        TreeGrower grower = new TreeGrower(binning.apply(cols), binning,
                new TreeGrower.Params(prm.maxLeaves(), prm.maxDepth(), prm.minSamplesLeaf(), 1e-3, prm.l2(), 0));
        int[] idx = train.clone();
        int[] leafOf = new int[n];
        List<Tree> trees = new ArrayList<>();
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestIter = 0;
        SplittableRandom rnd = new SplittableRandom(prm.seed());
        // The per-round loops live in small methods: called once per round, each is JIT-compiled once and early,
        // instead of this long-running method being compiled again and again on-stack for each of its loops.
        for (int it = 0; it < prm.maxIter(); it++) {
            cancellation.check();
            gradients(train, raw, y, weight, grad, hess);
            Tree t = grower.grow(grad, hess, idx, rnd, leafOf);
            Tree scaled = scale(t, prm.learningRate());
            trees.add(scaled);
            addLeafValues(train, leafOf, scaled.value(), raw);
            if (stop) {
                double loss = validationLoss(valid, raw, y, weight, scaled.value(), grower);
                if (loss < bestLoss - TOL) {
                    bestLoss = loss;
                    bestIter = it + 1;
                } else if (it + 1 - bestIter >= PATIENCE) {
                    break;
                }
            } else {
                bestIter = it + 1;
            }
            if (t.size() == 1) {
                break; // no split improves the loss any more
            }
            progress.report((it + 1.0) / prm.maxIter(), "churn.progress.boosting", it + 1);
        }
        return new TreeEnsemble(trees.subList(0, Math.max(1, bestIter)), base, false, cols.length);
    }

    /** Log-odds of the (weighted) positive rate: the score every row starts from. */
    private static double logOdds(int[] rows, int[] y, double[] weight) {
        double sw = 0;
        double swy = 0;
        for (int r : rows) {
            double w = weight == null ? 1 : weight[r];
            sw += w;
            swy += w * y[r];
        }
        double prior = Math.clamp(swy / sw, 1e-12, 1 - 1e-12);
        return Math.log(prior / (1 - prior));
    }

    /** Log-loss gradients and hessians at the current raw scores. */
    private static void gradients(int[] rows, double[] raw, int[] y, double[] weight, double[] grad, double[] hess) {
        for (int r : rows) {
            double pr = TreeEnsemble.sigmoid(raw[r]);
            double w = weight == null ? 1 : weight[r];
            grad[r] = w * (pr - y[r]);
            hess[r] = Math.max(w * pr * (1 - pr), 1e-16);
        }
    }

    private static void addLeafValues(int[] rows, int[] leafOf, double[] value, double[] raw) {
        for (int r : rows) {
            raw[r] += value[leafOf[r]];
        }
    }

    /** Adds the new tree to the validation rows' scores and returns their weighted mean log-loss. */
    private static double validationLoss(int[] valid, double[] raw, int[] y, double[] weight, double[] value,
                                         TreeGrower grower) {
        double loss = 0;
        double wsum = 0;
        for (int r : valid) {
            raw[r] += value[grower.leafOfBinned(r)];
            double pr = Math.clamp(TreeEnsemble.sigmoid(raw[r]), 1e-15, 1 - 1e-15);
            double w = weight == null ? 1 : weight[r];
            loss -= w * (y[r] == 1 ? Math.log(pr) : Math.log(1 - pr));
            wsum += w;
        }
        return loss / wsum;
    }

    private static Tree scale(Tree t, double lr) {
        double[] v = t.value().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] *= lr;
        }
        return new Tree(t.feature(), t.threshold(), t.left(), t.right(), v, t.cover(), t.gain());
    }
}
