package dev.glas.core.churn;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

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
    private final boolean[] hotOnPath;
    private double[][] planPath = new double[0][];
    private double[][] planSums = new double[0][];
    private double[][] planBelow = new double[0][];
    private boolean[] touched = new boolean[0];
    private Plan plan;
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
        hotOnPath = new boolean[features];
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

    /**
     * The row-independent part of explaining one tree, for batches: each edge's zero fraction depends only on the
     * path, and its one fraction is 0 or 1, so the ratio by which an edge changes the path's product at the q
     * quadrature nodes, and the weights of its Shapley integral, can be computed once per tree instead of once per
     * row and node (where the divisions took most of the time). Rows are then explained by multiplications and
     * additions only. The quadrature uses q = ⌈u/2⌉ nodes, u being the most distinct features on one path (the
     * leaf polynomials have degree ≤ u − 1, so the values are the same exact ones as {@link #explain}, up to
     * rounding). {@code null} from {@link #plan} when a node has zero cover (such trees go row by row).
     */
    static final class Plan {
        final int q;
        final double expected;
        final int[] feature;
        final int[] left;
        final int[] right;
        final double[] threshold;
        final double[] value;
        /** w_k / (1 − t_k): an edge the row does not follow contributes −Σ coldW·(sums − below). */
        final double[] coldW;
        /** per node: z / z_old, the product's change on an edge when the row already left f's path above. */
        final double[] scalar;
        /** per node × q: F(z, 1) / F(z_old, 1), F(z, o) = z + (o − z)t, the change when the row follows the edge. */
        final double[] hotMul;
        /** per node × q: F(z, 0) / F(z_old, 1), the change on the edge the row does not take. */
        final double[] coldMul;
        /** per node × q: (1 − z) w / F(z, 1), weights of the integral of an edge the row follows. */
        final double[] hotW;
        final int depth;

        private Plan(Tree tr, int q, int depth, double[] t, double[] w) {
            this.q = q;
            this.depth = depth;
            expected = expected(tr);
            feature = tr.feature();
            left = tr.left();
            right = tr.right();
            threshold = tr.threshold();
            value = tr.value();
            int n = tr.size();
            coldW = new double[q];
            for (int k = 0; k < q; k++) {
                coldW[k] = w[k] / (1 - t[k]);
            }
            scalar = new double[n];
            hotMul = new double[n * q];
            coldMul = new double[n * q];
            hotW = new double[n * q];
            double[] zero = new double[Arrays.stream(feature).max().orElse(-1) + 1];
            Arrays.fill(zero, 1);
            fill(tr, 0, zero, t, w);
        }

        private void fill(Tree tr, int node, double[] zero, double[] t, double[] w) {
            if (tr.isLeaf(node)) {
                return;
            }
            int f = feature[node];
            double zOld = zero[f];
            for (int side = 0; side < 2; side++) {
                int c = side == 0 ? left[node] : right[node];
                double z = zOld * tr.cover()[c] / tr.cover()[node];
                scalar[c] = z / zOld;
                for (int k = 0; k < q; k++) {
                    double old = zOld + (1 - zOld) * t[k];
                    double hot = z + (1 - z) * t[k];
                    hotMul[c * q + k] = hot / old;
                    coldMul[c * q + k] = z * (1 - t[k]) / old;
                    hotW[c * q + k] = (1 - z) * w[k] / hot;
                }
                zero[f] = z;
                fill(tr, c, zero, t, w);
            }
            zero[f] = zOld;
        }
    }

    /**
     * Plans of the trees explained lately, kept while their tree lives and memory allows (a plan is ~3q doubles
     * per node, ~0.75 MB for a bank-full forest tree), so a file scored chunk by chunk builds each plan once.
     * A tree is a record of arrays, so it is equal only to itself.
     */
    private static final Map<Tree, SoftReference<Plan>> PLANS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The plan of a tree, or null when a node has zero cover (its ratios would divide by zero). */
    static Plan plan(Tree tr) {
        SoftReference<Plan> ref = PLANS.get(tr);
        Plan cached = ref == null ? null : ref.get();
        if (cached != null) {
            return cached;
        }
        Plan made = build(tr);
        if (made != null) {
            PLANS.put(tr, new SoftReference<>(made));
        }
        return made;
    }

    private static Plan build(Tree tr) {
        double[] cover = tr.cover();
        for (int n = 0; n < tr.size(); n++) {
            if (!(cover[n] > 0)) {
                return null;
            }
        }
        int[] most = new int[2];
        distinct(tr, 0, new int[Arrays.stream(tr.feature()).max().orElse(-1) + 1], 0, 0, most);
        int q = Math.max(1, (most[0] + 1) / 2);
        double[][] gl = gaussLegendre(q);
        return new Plan(tr, q, most[1], gl[0], gl[1]);
    }

    /** most[0] = the most distinct features on a root-to-leaf path, most[1] = the depth. */
    private static void distinct(Tree tr, int node, int[] count, int used, int d, int[] most) {
        if (tr.isLeaf(node)) {
            most[0] = Math.max(most[0], used);
            most[1] = Math.max(most[1], d);
            return;
        }
        int f = tr.feature()[node];
        int u = count[f]++ == 0 ? used + 1 : used;
        distinct(tr, tr.left()[node], count, u, d + 1, most);
        distinct(tr, tr.right()[node], count, u, d + 1, most);
        count[f]--;
    }

    /** Explains one row with a plan: the same values as {@link #explain} (up to rounding), without divisions. */
    void explain(Plan pl, double[] row, double[] out, double sc) {
        out[features] += sc * pl.expected;
        if (pl.feature[0] < 0) {
            return;
        }
        int qq = pl.q;
        if (planPath.length < pl.depth + 1 || planPath[0].length != qq) {
            planPath = new double[pl.depth + 1][qq];
            planSums = new double[pl.depth + 1][qq];
            planBelow = new double[pl.depth + 1][qq];
            touched = new boolean[pl.depth + 1];
        }
        Arrays.fill(hotOnPath, true);
        Arrays.fill(active, -1);
        Arrays.fill(planPath[0], 1);
        plan = pl;
        x = row;
        phi = out;
        scale = sc;
        visit(0, 0, pl.q);
        plan = null;
        x = null;
        phi = null;
    }

    private void visit(int node, int d, int qq) {
        Plan pl = plan;
        double[] s = planSums[d];
        double[] parent = planPath[d];
        int f = pl.feature[node];
        if (f < 0) {
            double v = pl.value[node];
            for (int k = 0; k < qq; k++) {
                s[k] = v * parent[k];
            }
            return;
        }
        double xv = x[f];
        int left = pl.left[node];
        int right = pl.right[node];
        int hotChild = Double.isNaN(xv) || xv <= pl.threshold[node] ? left : right;
        boolean oOld = hotOnPath[f];
        int outer = active[f];
        double[] p = planPath[d + 1];
        double[] sc = planSums[d + 1];
        double[] b = planBelow[d + 1];
        for (int side = 0; side < 2; side++) {
            int c = side == 0 ? left : right;
            boolean hot = oOld && c == hotChild;
            if (pl.feature[c] < 0) { // a leaf (half the nodes): no call, one loop
                double integral = leaf(pl, c, oOld, hot, parent, s, side == 0, qq);
                phi[f] += hot ? scale * integral : -scale * integral;
                continue;
            }
            if (oOld) {
                double[] mul = hot ? pl.hotMul : pl.coldMul;
                int off = c * qq;
                for (int k = 0; k < qq; k++) {
                    p[k] = parent[k] * mul[off + k];
                }
            } else {
                double m = pl.scalar[c];
                for (int k = 0; k < qq; k++) {
                    p[k] = parent[k] * m;
                }
            }
            hotOnPath[f] = hot;
            active[f] = d + 1;
            touched[d + 1] = false; // planBelow[d + 1] holds nothing yet (filled on first use, no clearing)
            visit(c, d + 1, qq);
            // the integral over the leaves for which this edge is the deepest on f: sums − below
            double[] wk = hot ? pl.hotW : pl.coldW;
            int off = hot ? c * qq : 0;
            double integral = 0;
            if (touched[d + 1]) {
                for (int k = 0; k < qq; k++) {
                    integral += wk[off + k] * (sc[k] - b[k]);
                }
            } else {
                for (int k = 0; k < qq; k++) {
                    integral += wk[off + k] * sc[k];
                }
            }
            // hot: (1 − z)·∫ with (1 − z) in hotW; cold: (0 − z)·∫ (…) / (z(1 − t)) = −∫ (…) / (1 − t)
            phi[f] += hot ? scale * integral : -scale * integral;
            if (side == 0) {
                System.arraycopy(sc, 0, s, 0, qq);
            } else {
                for (int k = 0; k < qq; k++) {
                    s[k] += sc[k];
                }
            }
        }
        hotOnPath[f] = oOld;
        active[f] = outer;
        // leaves below this split on f belong to its own edges, not to the nearest edge on f above
        if (outer >= 0) {
            double[] ob = planBelow[outer];
            if (touched[outer]) {
                for (int k = 0; k < qq; k++) {
                    ob[k] += s[k];
                }
            } else {
                System.arraycopy(s, 0, ob, 0, qq);
                touched[outer] = true;
            }
        }
    }

    /**
     * A leaf child of the current node: its value times the path's product (as {@link #visit} computes it) is
     * added to (or, first, stored in) the node's sums; returns the edge's integral (no split on f lies below).
     */
    private static double leaf(Plan pl, int c, boolean oOld, boolean hot, double[] parent, double[] s, boolean first,
                               int qq) {
        double v = pl.value[c];
        double[] wk = hot ? pl.hotW : pl.coldW;
        int woff = hot ? c * qq : 0;
        double integral = 0;
        if (oOld) {
            double[] mul = hot ? pl.hotMul : pl.coldMul;
            int off = c * qq;
            for (int k = 0; k < qq; k++) {
                double lv = v * (parent[k] * mul[off + k]);
                integral += wk[woff + k] * lv;
                s[k] = first ? lv : s[k] + lv;
            }
        } else {
            double m = pl.scalar[c];
            for (int k = 0; k < qq; k++) {
                double lv = v * (parent[k] * m);
                integral += wk[woff + k] * lv;
                s[k] = first ? lv : s[k] + lv;
            }
        }
        return integral;
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
