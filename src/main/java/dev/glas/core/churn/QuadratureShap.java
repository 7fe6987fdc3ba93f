package dev.glas.core.churn;

import java.util.Arrays;

/**
 * Exact path-dependent TreeSHAP (the same values as Lundberg et al.'s Algorithm 2, {@link TreeShap}) in
 * O(nodes × q) per tree and row instead of O(leaves × depth²), for the deep trees of the random forest.
 *
 * <p>For a leaf whose path holds the distinct features U, each with zero fraction {@code z} (product of the
 * cover ratios of its edges) and one fraction {@code o} (1 when the row follows all of them), the Shapley weights
 * are Beta integrals, so feature i gets {@code v·(o_i − z_i)·∫₀¹ Π_{j≠i} (z_j + (o_j − z_j)t) dt}. The integrand is
 * a polynomial of degree |U| − 1; Gauss–Legendre quadrature with q ≥ |U|/2 nodes integrates it exactly. The
 * leaf polynomials (kept as values at the q nodes) are summed bottom-up, and each edge on feature i takes the sum
 * over the leaves for which it is the deepest edge on i, divided by its own factor (the idea of Linear TreeSHAP,
 * Yu et al. 2022). Adds {@code scale ×} the values into {@code phi[0..features)} and the tree's expected value
 * into {@code phi[features]}.
 */
final class QuadratureShap {

    private final int features;
    private final double[] zero;
    private final double[] one;
    private final int[] active;
    private double[] t = new double[0];
    private double[] w = new double[0];
    private double[] coldInv = new double[0];
    private double[][] path = new double[0][];
    private double[][] sums = new double[0][];
    private double[][] below = new double[0][];
    private double[][] divided = new double[0][];
    private Tree tree;
    private double[] x;
    private double[] phi;
    private double scale;
    private int q;

    QuadratureShap(int features) {
        this.features = features;
        zero = new double[features];
        one = new double[features];
        active = new int[features];
    }

    /** Explains one row; {@code depth} is the tree's depth (bounds the distinct features of a path). */
    void explain(Tree tr, int depth, double[] row, double[] out, double sc) {
        out[features] += sc * expected(tr);
        if (tr.isLeaf(0)) {
            return;
        }
        int nodes = Math.max(1, (Math.min(depth, features) + 1) / 2);
        if (nodes != q) {
            double[][] gl = gaussLegendre(nodes);
            t = gl[0];
            w = gl[1];
            q = nodes;
            coldInv = new double[q];
            for (int k = 0; k < q; k++) {
                coldInv[k] = 1 / (1 - t[k]);
            }
            path = new double[0][];
        }
        if (path.length < depth + 1 || path.length > 0 && path[0].length != q) {
            path = new double[depth + 1][q];
            sums = new double[depth + 1][q];
            below = new double[depth + 1][q];
            divided = new double[depth + 1][q];
        }
        Arrays.fill(zero, 1);
        Arrays.fill(one, 1);
        Arrays.fill(active, -1);
        Arrays.fill(path[0], 1);
        tree = tr;
        x = row;
        phi = out;
        scale = sc;
        visit(0, 0);
        tree = null;
        x = null;
        phi = null;
    }

    /** Cover-weighted mean leaf value (the product of cover ratios along a path telescopes to cover ratio). */
    static double expected(Tree tr) {
        double s = 0;
        for (int n = 0; n < tr.size(); n++) {
            if (tr.isLeaf(n)) {
                s += tr.value()[n] * tr.cover()[n];
            }
        }
        return s / tr.cover()[0];
    }

    /** Fills {@code sums[d]} with the sum over the leaves below {@code node} of v·Π factors at the q nodes. */
    private void visit(int node, int d) {
        double[] s = sums[d];
        if (tree.isLeaf(node)) {
            double v = tree.value()[node];
            double[] p = path[d];
            for (int k = 0; k < q; k++) {
                s[k] = v * p[k];
            }
            return;
        }
        int f = tree.feature()[node];
        double xv = x[f];
        int left = tree.left()[node];
        int hot = Double.isNaN(xv) || xv <= tree.threshold()[node] ? left : tree.right()[node];
        double zOld = zero[f];
        double oOld = one[f];
        int outer = active[f];
        Arrays.fill(s, 0);
        // the path's product without f's old factor (f not yet on the path: its factor is 1)
        double[] parent = path[d];
        boolean divisible = zOld > 0 || oOld > 0;
        double[] base = parent;
        if (divisible && (zOld != 1 || oOld != 1)) {
            base = divided[d];
            for (int k = 0; k < q; k++) {
                base[k] = parent[k] / (zOld + (oOld - zOld) * t[k]);
            }
        }
        for (int side = 0; side < 2; side++) {
            int child = side == 0 ? left : tree.right()[node];
            double z = zOld * tree.cover()[child] / tree.cover()[node];
            double o = child == hot ? oOld : 0;
            double[] p = path[d + 1];
            zero[f] = z;
            one[f] = o;
            if (divisible) {
                for (int k = 0; k < q; k++) {
                    p[k] = base[k] * (z + (o - z) * t[k]);
                }
            } else {
                product(p);
            }
            active[f] = d + 1;
            Arrays.fill(below[d + 1], 0);
            visit(child, d + 1);
            double[] sc = sums[d + 1];
            double[] b = below[d + 1];
            if (o != z) {
                double integral = 0;
                if (o == 0) { // the row leaves the path here: the factor is z(1 − t)
                    for (int k = 0; k < q; k++) {
                        integral += w[k] * (sc[k] - b[k]) * coldInv[k];
                    }
                    integral /= z;
                } else {
                    for (int k = 0; k < q; k++) {
                        double fk = z + (o - z) * t[k];
                        integral += w[k] * (sc[k] - b[k]) / fk;
                    }
                }
                phi[f] += scale * (o - z) * integral;
            }
            for (int k = 0; k < q; k++) {
                s[k] += sc[k];
            }
        }
        zero[f] = zOld;
        one[f] = oOld;
        active[f] = outer;
        // leaves below this split on f belong to its own edges, not to the nearest edge on f above
        if (outer >= 0) {
            double[] b = below[outer];
            for (int k = 0; k < q; k++) {
                b[k] += s[k];
            }
        }
    }

    private void product(double[] p) {
        Arrays.fill(p, 1);
        for (int j = 0; j < features; j++) {
            if (zero[j] != 1 || one[j] != 1) {
                for (int k = 0; k < q; k++) {
                    p[k] *= zero[j] + (one[j] - zero[j]) * t[k];
                }
            }
        }
    }

    /** Gauss–Legendre nodes and weights on [0, 1]: exact for polynomials of degree ≤ 2n − 1. */
    static double[][] gaussLegendre(int n) {
        double[] nodes = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp;
            for (int it = 0; ; it++) {
                double p1 = 1;
                double p2 = 0;
                for (int j = 1; j <= n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2.0 * j - 1) * z * p2 - (j - 1.0) * p3) / j;
                }
                dp = n * (z * p1 - p2) / (z * z - 1);
                double z1 = z;
                z = z1 - p1 / dp;
                if (Math.abs(z - z1) < 1e-15 || it > 100) {
                    break;
                }
            }
            nodes[i] = (1 - z) / 2;
            nodes[n - 1 - i] = (1 + z) / 2;
            double wt = 1 / ((1 - z * z) * dp * dp);
            weights[i] = wt;
            weights[n - 1 - i] = wt;
        }
        return new double[][] {nodes, weights};
    }
}
