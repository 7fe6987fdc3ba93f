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
        double[][] out = new double[rows.length][features + 1];
        double[] x = new double[features];
        TreeShap shap = new TreeShap();
        QuadratureShap forest = new QuadratureShap(features);
        int[] depth = averaged ? trees.stream().mapToInt(Tree::depth).toArray() : null;
        double scale = averaged ? 1.0 / Math.max(1, trees.size()) : 1.0;
        for (int k = 0; k < rows.length; k++) {
            for (int f = 0; f < features; f++) {
                x[f] = cols[f][rows[k]];
            }
            double[] phi = out[k];
            if (averaged) {
                for (int t = 0; t < trees.size(); t++) {
                    forest.explain(trees.get(t), depth[t], x, phi, scale);
                }
                if (trees.isEmpty()) {
                    phi[features] += base;
                }
            } else {
                for (Tree t : trees) {
                    shap.explain(t, x, phi, scale);
                }
                phi[features] += base;
            }
        }
        return out;
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
