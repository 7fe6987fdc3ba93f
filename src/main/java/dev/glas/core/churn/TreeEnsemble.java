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
     * Boosting: exact path-dependent TreeSHAP. Forest: path attribution (Saabas; "treeinterpreter"): along the
     * row's path each split adds E[child] − E[node] (cover-weighted leaf means) to its feature. Both sum to the
     * raw output; the forest uses path attribution because its deep trees make exact TreeSHAP (O(leaves·depth²)
     * per tree and row) too slow for scoring whole files.
     */
    @Override
    public double[][] contributions(double[][] cols, int[] rows) {
        double[][] out = new double[rows.length][features + 1];
        double[] x = new double[features];
        TreeShap shap = new TreeShap();
        double scale = averaged ? 1.0 / Math.max(1, trees.size()) : 1.0;
        double[][] expect = null;
        if (averaged) {
            expect = new double[trees.size()][];
            for (int t = 0; t < trees.size(); t++) {
                expect[t] = expectations(trees.get(t));
            }
        }
        for (int k = 0; k < rows.length; k++) {
            for (int f = 0; f < features; f++) {
                x[f] = cols[f][rows[k]];
            }
            double[] phi = out[k];
            if (averaged) {
                for (int t = 0; t < trees.size(); t++) {
                    Tree tr = trees.get(t);
                    double[] e = expect[t];
                    int n = 0;
                    phi[features] += scale * e[0];
                    while (!tr.isLeaf(n)) {
                        double v = x[tr.feature()[n]];
                        int next = Double.isNaN(v) || v <= tr.threshold()[n] ? tr.left()[n] : tr.right()[n];
                        phi[tr.feature()[n]] += scale * (e[next] - e[n]);
                        n = next;
                    }
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

    /** Cover-weighted mean leaf value below every node. */
    static double[] expectations(Tree t) {
        double[] e = new double[t.size()];
        fill(t, 0, e);
        return e;
    }

    private static double fill(Tree t, int n, double[] e) {
        if (t.isLeaf(n)) {
            e[n] = t.value()[n];
        } else {
            int l = t.left()[n];
            int r = t.right()[n];
            e[n] = (t.cover()[l] * fill(t, l, e) + t.cover()[r] * fill(t, r, e)) / t.cover()[n];
        }
        return e[n];
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
