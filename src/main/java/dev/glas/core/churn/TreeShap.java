package dev.glas.core.churn;

/**
 * Path-dependent TreeSHAP (Lundberg, Erion, Lee 2018, Algorithm 2): exact Shapley values of one tree's
 * output for one row, using the training cover of each node. Adds {@code scale ×} the values into
 * {@code phi[0..features)} and the tree's expected value into {@code phi[features]}.
 */
final class TreeShap {

    private double[] pz = new double[64];
    private double[] po = new double[64];
    private double[] pw = new double[64];
    private int[] pd = new int[64];

    void explain(Tree tree, double[] x, double[] phi, double scale) {
        int maxDepth = tree.depth() + 2;
        int need = (maxDepth + 1) * (maxDepth + 2) / 2 + maxDepth + 2;
        if (pz.length < need) {
            pz = new double[need];
            po = new double[need];
            pw = new double[need];
            pd = new int[need];
        }
        phi[phi.length - 1] += scale * expected(tree, 0);
        recurse(tree, x, phi, scale, 0, 0, 0, 1, 1, -1);
    }

    private static double expected(Tree t, int n) {
        if (t.isLeaf(n)) {
            return t.value()[n];
        }
        int l = t.left()[n];
        int r = t.right()[n];
        return (t.cover()[l] * expected(t, l) + t.cover()[r] * expected(t, r)) / t.cover()[n];
    }

    /** The unique path is stored at offset {@code base}, length {@code depth}+1, in the pz/po/pw/pd arrays. */
    private void recurse(Tree t, double[] x, double[] phi, double scale, int node, int base, int depth,
                         double zeroFraction, double oneFraction, int featureIndex) {
        // copy parent path to a fresh segment
        int seg = base + depth; // new segment starts after the parent's
        if (depth > 0) {
            System.arraycopy(pz, base, pz, seg, depth);
            System.arraycopy(po, base, po, seg, depth);
            System.arraycopy(pw, base, pw, seg, depth);
            System.arraycopy(pd, base, pd, seg, depth);
        }
        extend(seg, depth, zeroFraction, oneFraction, featureIndex);
        int len = depth + 1;
        if (t.isLeaf(node)) {
            for (int i = 1; i < len; i++) {
                double w = unwoundSum(seg, len - 1, i);
                phi[pd[seg + i]] += scale * w * (po[seg + i] - pz[seg + i]) * t.value()[node];
            }
            return;
        }
        int f = t.feature()[node];
        double v = x[f];
        int hot = Double.isNaN(v) || v <= t.threshold()[node] ? t.left()[node] : t.right()[node];
        int cold = hot == t.left()[node] ? t.right()[node] : t.left()[node];
        double cover = t.cover()[node];
        double hotZero = t.cover()[hot] / cover;
        double coldZero = t.cover()[cold] / cover;
        double incomingZero = 1;
        double incomingOne = 1;
        int k = -1;
        for (int i = 1; i < len; i++) {
            if (pd[seg + i] == f) {
                k = i;
                break;
            }
        }
        if (k >= 0) {
            incomingZero = pz[seg + k];
            incomingOne = po[seg + k];
            unwind(seg, len - 1, k);
            len--;
        }
        recurse(t, x, phi, scale, hot, seg, len, hotZero * incomingZero, incomingOne, f);
        recurse(t, x, phi, scale, cold, seg, len, coldZero * incomingZero, 0, f);
    }

    private void extend(int s, int l, double zero, double one, int feature) {
        pd[s + l] = feature;
        pz[s + l] = zero;
        po[s + l] = one;
        pw[s + l] = l == 0 ? 1 : 0;
        for (int i = l - 1; i >= 0; i--) {
            pw[s + i + 1] += one * pw[s + i] * (i + 1) / (l + 1);
            pw[s + i] = zero * pw[s + i] * (l - i) / (l + 1);
        }
    }

    private void unwind(int s, int l, int i) {
        double one = po[s + i];
        double zero = pz[s + i];
        double next = pw[s + l];
        for (int j = l - 1; j >= 0; j--) {
            if (one != 0) {
                double tmp = pw[s + j];
                pw[s + j] = next * (l + 1) / ((j + 1) * one);
                next = tmp - pw[s + j] * zero * (l - j) / (l + 1);
            } else {
                pw[s + j] = pw[s + j] * (l + 1) / (zero * (l - j));
            }
        }
        for (int j = i; j < l; j++) {
            pd[s + j] = pd[s + j + 1];
            pz[s + j] = pz[s + j + 1];
            po[s + j] = po[s + j + 1];
        }
    }

    private double unwoundSum(int s, int l, int i) {
        double one = po[s + i];
        double zero = pz[s + i];
        double next = pw[s + l];
        double total = 0;
        for (int j = l - 1; j >= 0; j--) {
            if (one != 0) {
                double tmp = next * (l + 1) / ((j + 1) * one);
                total += tmp;
                next = pw[s + j] - tmp * zero * ((l - j) / (double) (l + 1));
            } else {
                total += (pw[s + j] / zero) / ((l - j) / (double) (l + 1));
            }
        }
        return total;
    }
}
