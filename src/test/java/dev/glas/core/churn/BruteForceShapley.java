package dev.glas.core.churn;

/**
 * Shapley values of one tree by their definition, for tests: every subset of the other features, with
 * E[tree | features in the subset fixed to the row's values] and the others integrated out by training cover
 * (the conditional expectation path-dependent TreeSHAP explains). Exponential in the number of features.
 */
final class BruteForceShapley {

    private BruteForceShapley() {
    }

    /** The row's Shapley values for features 0..p−1, and at index p the expected value E[tree]. */
    static double[] of(Tree t, double[] xr, int p) {
        double[] phi = new double[p + 1];
        for (int f = 0; f < p; f++) {
            for (int s = 0; s < (1 << p); s++) {
                if ((s & (1 << f)) != 0) {
                    continue;
                }
                int size = Integer.bitCount(s);
                double w = fact(size) * fact(p - size - 1) / fact(p);
                phi[f] += w * (cond(t, 0, xr, s | (1 << f)) - cond(t, 0, xr, s));
            }
        }
        phi[p] = cond(t, 0, xr, 0);
        return phi;
    }

    /** E[tree | features in set fixed to xr], the others integrated out by training cover. */
    private static double cond(Tree t, int n, double[] xr, int set) {
        if (t.isLeaf(n)) {
            return t.value()[n];
        }
        int f = t.feature()[n];
        if ((set & (1 << f)) != 0) {
            return cond(t, xr[f] <= t.threshold()[n] ? t.left()[n] : t.right()[n], xr, set);
        }
        int l = t.left()[n];
        int rr = t.right()[n];
        return (t.cover()[l] * cond(t, l, xr, set) + t.cover()[rr] * cond(t, rr, xr, set)) / t.cover()[n];
    }

    private static double fact(int k) {
        double v = 1;
        for (int i = 2; i <= k; i++) {
            v *= i;
        }
        return v;
    }
}
