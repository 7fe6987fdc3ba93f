package dev.glas.core.segment;

/**
 * A k-means solution.
 *
 * @param centers    k×d centres, row-major flat
 * @param labels     cluster of each point (0-based)
 * @param inertia    sum of squared distances of points to their centre
 * @param iterations iterations of the winning restart
 */
public record KMeansResult(int k, int d, double[] centers, int[] labels, double inertia, int iterations) {

    public double[] center(int c) {
        double[] r = new double[d];
        System.arraycopy(centers, c * d, r, 0, d);
        return r;
    }

    /** Nearest centre of each point. */
    public int[] predict(Points p) {
        int[] out = new int[p.n()];
        for (int i = 0; i < p.n(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double dd = p.dist2(i, centers, c);
                if (dd < best) {
                    best = dd;
                    out[i] = c;
                }
            }
        }
        return out;
    }

    public int[] sizes() {
        int[] s = new int[k];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }
}
