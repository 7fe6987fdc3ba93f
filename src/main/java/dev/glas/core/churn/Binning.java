package dev.glas.core.churn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Histogram binning of numeric features (as LightGBM / scikit-learn's HistGradientBoosting): per feature at
 * most {@code maxBins} bins with edges at midpoints between distinct values, or at quantiles when there are more
 * distinct values than bins (computed on a seeded subsample of at most 200,000 rows). A value x falls into the
 * first bin b with x ≤ edges[b] (the last bin holds everything above the last edge); NaN goes to bin 0.
 */
final class Binning {

    static final int SUBSAMPLE = 200_000;

    final double[][] edges;

    private Binning(double[][] edges) {
        this.edges = edges;
    }

    static Binning fit(double[][] cols, int[] rows, int maxBins, long seed) {
        if (maxBins < 2 || maxBins > 256) {
            throw new IllegalArgumentException("maxBins must be in [2, 256]");
        }
        int[] sample = rows;
        if (rows.length > SUBSAMPLE) {
            sample = rows.clone();
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int i = 0; i < SUBSAMPLE; i++) {
                int j = i + rnd.nextInt(sample.length - i);
                int t = sample[i];
                sample[i] = sample[j];
                sample[j] = t;
            }
            sample = Arrays.copyOf(sample, SUBSAMPLE);
        }
        double[][] edges = new double[cols.length][];
        double[] v = new double[sample.length];
        for (int f = 0; f < cols.length; f++) {
            int n = 0;
            for (int r : sample) {
                double x = cols[f][r];
                if (!Double.isNaN(x)) {
                    v[n++] = x;
                }
            }
            double[] sorted = Arrays.copyOf(v, n);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            if (distinct <= maxBins) {
                double[] e = new double[Math.max(0, distinct - 1)];
                for (int i = 0; i + 1 < distinct; i++) {
                    e[i] = (sorted[i] + sorted[i + 1]) / 2;
                }
                edges[f] = e;
            } else {
                // quantile edges on the full (non-distinct) sorted sample
                double[] all = Arrays.copyOf(v, n);
                Arrays.sort(all);
                double[] e = new double[maxBins - 1];
                int m = 0;
                for (int b = 1; b < maxBins; b++) {
                    double pos = (double) b / maxBins * (n - 1);
                    int lo = (int) Math.floor(pos);
                    int hi = Math.min(n - 1, lo + 1);
                    double q = all[lo] + (all[hi] - all[lo]) * (pos - lo);
                    if (m == 0 || q > e[m - 1]) {
                        e[m++] = q;
                    }
                }
                edges[f] = Arrays.copyOf(e, m);
            }
        }
        return new Binning(edges);
    }

    int bins(int feature) {
        return edges[feature].length + 1;
    }

    /** Bin of a value. */
    int bin(int feature, double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        double[] e = edges[feature];
        int i = Arrays.binarySearch(e, x);
        return i >= 0 ? i : -i - 1;
    }

    /** Upper edge of a bin: a split "bin ≤ b" equals "x ≤ threshold(b)". */
    double threshold(int feature, int bin) {
        return edges[feature][bin];
    }

    /** Bins of all rows, feature-major. */
    byte[][] apply(double[][] cols) {
        byte[][] out = new byte[cols.length][];
        for (int f = 0; f < cols.length; f++) {
            double[] c = cols[f];
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                b[i] = (byte) bin(f, c[i]);
            }
            out[f] = b;
        }
        return out;
    }
}
