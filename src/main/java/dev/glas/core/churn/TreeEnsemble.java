package dev.glas.core.churn;

import java.util.List;

/**
 * Trees whose outputs are summed onto {@code base} and passed through the logistic function (gradient
 * boosting, {@code averaged=false}) or averaged as probabilities (random forest, {@code averaged=true}).
 */
public record TreeEnsemble(List<Tree> trees, double base, boolean averaged, int features) implements Model {

    public TreeEnsemble {
        trees = List.copyOf(trees);
    }

    /** Raw output (log-odds or averaged probability) of one row. */
    double raw(double[][] cols, int row) {
        double s = 0;
        for (Tree t : trees) {
            s += t.predict(cols, row);
        }
        return averaged ? (trees.isEmpty() ? base : s / trees.size()) : base + s;
    }

    @Override
    public double[] predict(double[][] cols) {
        int n = cols.length == 0 ? 0 : cols[0].length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double r = raw(cols, i);
            out[i] = averaged ? r : sigmoid(r);
        }
        return out;
    }

    /**
     * Exact path-dependent TreeSHAP of the raw output. Boosting: the trees' SHAP values summed, base added
     * (log-odds), by {@link TreeShap}. Forest: the trees' SHAP values averaged (the forest averages the trees'
     * leaf probabilities, so the values are in probability space), the expected value being the mean of the
     * trees' cover-weighted expected leaf values; its deep trees use {@link QuadratureShap} (same values,
     * O(nodes) instead of O(leaves × depth²) per tree). Either way a row's values plus the expected value (last
     * entry) sum to the raw output.
     */
    @Override
    public double[][] contributions(double[][] cols, int[] rows) {
        if (averaged && trees.size() >= 8 && Runtime.getRuntime().availableProcessors() > 1) {
            return forestContributions(cols, rows);
        }
        return contributions(cols, rows, 0, trees.size());
    }

    /**
     * The forest's values with the trees split into blocks explained in parallel (each block its own
     * {@link QuadratureShap}); the blocks' sums are added in block order, so the result does not depend on
     * thread timing.
     */
    private double[][] forestContributions(double[][] cols, int[] rows) {
        int blocks = Math.min(trees.size(), Math.max(2, Runtime.getRuntime().availableProcessors()));
        double[][][] parts = java.util.stream.IntStream.range(0, blocks).parallel()
                .mapToObj(b -> contributions(cols, rows, (int) ((long) trees.size() * b / blocks),
                        (int) ((long) trees.size() * (b + 1) / blocks)))
                .toArray(double[][][]::new);
        double[][] out = parts[0];
        for (int b = 1; b < blocks; b++) {
            for (int k = 0; k < rows.length; k++) {
                for (int f = 0; f <= features; f++) {
                    out[k][f] += parts[b][k][f];
                }
            }
        }
        return out;
    }

    /** Values of trees {@code from..to} (base added by the block that starts at tree 0). */
    private double[][] contributions(double[][] cols, int[] rows, int from, int to) {
        double[][] out = new double[rows.length][features + 1];
        double scale = averaged ? 1.0 / Math.max(1, trees.size()) : 1.0;
        if (averaged) { // every row the same way, whatever the batch (a scorer's chunks must not change values)
            forestByTree(cols, rows, from, to, scale, out);
            if (trees.isEmpty()) {
                for (double[] phi : out) {
                    phi[features] += base;
                }
            }
            return out;
        }
        double[] x = new double[features];
        TreeShap shap = new TreeShap();
        QuadratureShap forest = new QuadratureShap(features);
        int[] depth = new int[to - from];
        if (averaged) {
            for (int t = from; t < to; t++) {
                depth[t - from] = trees.get(t).depth();
            }
        }
        for (int k = 0; k < rows.length; k++) {
            for (int f = 0; f < features; f++) {
                x[f] = cols[f][rows[k]];
            }
            double[] phi = out[k];
            if (averaged) {
                for (int t = from; t < to; t++) {
                    forest.explain(trees.get(t), depth[t - from], x, phi, scale);
                }
                if (trees.isEmpty()) {
                    phi[features] += base;
                }
            } else {
                for (int t = from; t < to; t++) {
                    shap.explain(trees.get(t), x, phi, scale);
                }
                if (from == 0) {
                    phi[features] += base;
                }
            }
        }
        return out;
    }

    /**
     * Forest rows tree by tree: each tree's plan is made once (and kept while memory allows, see
     * {@link QuadratureShap#plan}) and its arrays stay in cache while all rows go through it (row by row over all
     * trees streamed every tree from memory for every row).
     */
    private void forestByTree(double[][] cols, int[] rows, int from, int to, double scale, double[][] out) {
        double[][] x = new double[rows.length][features];
        for (int k = 0; k < rows.length; k++) {
            for (int f = 0; f < features; f++) {
                x[k][f] = cols[f][rows[k]];
            }
        }
        QuadratureShap forest = new QuadratureShap(features);
        for (int t = from; t < to; t++) {
            Tree tree = trees.get(t);
            QuadratureShap.Plan plan = QuadratureShap.plan(tree);
            if (plan == null) { // a node without cover: the row-by-row form handles it
                int depth = tree.depth();
                for (int k = 0; k < rows.length; k++) {
                    forest.explain(tree, depth, x[k], out[k], scale);
                }
            } else {
                for (int k = 0; k < rows.length; k++) {
                    forest.explain(plan, x[k], out[k], scale);
                }
            }
        }
    }

    @Override
    public double[] importance() {
        double[] imp = new double[features];
        double total = 0;
        for (Tree t : trees) {
            for (int n = 0; n < t.size(); n++) {
                if (!t.isLeaf(n)) {
                    imp[t.feature()[n]] += t.gain()[n];
                    total += t.gain()[n];
                }
            }
        }
        if (total > 0) {
            for (int f = 0; f < features; f++) {
                imp[f] /= total;
            }
        }
        return imp;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
