package dev.glas.core.churn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rows a model trains on after balancing: feature-major columns, labels and optional weights. Built from
 * the training fold only.
 */
record TrainingSet(double[][] cols, int[] y, double[] weight, List<int[]> groups) {

    TrainingSet(double[][] cols, int[] y, double[] weight) {
        this(cols, y, weight, null);
    }

    /** The same rows with other one-hot groups (null = none). */
    TrainingSet withGroups(List<int[]> g) {
        return new TrainingSet(cols, y, weight, g);
    }

    int rows() {
        return y.length;
    }

    int[] all() {
        int[] r = new int[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = i;
        }
        return r;
    }

    /** Training rows {@code train} of the prepared matrix {@code cols} balanced with {@code balance}. */
    static TrainingSet of(double[][] cols, int[] yAll, int[] train, Balance balance, long seed) {
        int p = cols.length;
        int[] rows = train;
        if (balance == Balance.UNDER) {
            rows = undersample(yAll, train, seed);
        }
        double[][] c = new double[p][];
        for (int f = 0; f < p; f++) {
            double[] src = cols[f];
            double[] dst = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                dst[i] = src[rows[i]];
            }
            c[f] = dst;
        }
        int[] y = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = yAll[rows[i]];
        }
        if (balance == Balance.WEIGHTS) {
            return new TrainingSet(c, y, balancedWeights(y));
        }
        if (balance == Balance.SMOTE) {
            return smote(c, y, 5, seed);
        }
        return new TrainingSet(c, y, null);
    }

    /** scikit-learn's class_weight='balanced': n / (2 · n_class). */
    static double[] balancedWeights(int[] y) {
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        int neg = y.length - pos;
        double wp = pos == 0 ? 1 : y.length / (2.0 * pos);
        double wn = neg == 0 ? 1 : y.length / (2.0 * neg);
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = y[i] == 1 ? wp : wn;
        }
        return w;
    }

    static int[] undersample(int[] y, int[] train, long seed) {
        int[] pos = Arrays.stream(train).filter(r -> y[r] == 1).toArray();
        int[] neg = Arrays.stream(train).filter(r -> y[r] == 0).toArray();
        int[] minority = pos.length <= neg.length ? pos : neg;
        int[] majority = minority == pos ? neg : pos;
        Folds.shuffle(majority, new SplittableRandom(seed));
        int[] out = new int[minority.length * 2];
        System.arraycopy(minority, 0, out, 0, minority.length);
        System.arraycopy(majority, 0, out, minority.length, minority.length);
        Arrays.sort(out);
        return out;
    }

    /**
     * SMOTE (Chawla et al. 2002): until the classes are equal, pick a minority row in turn, one of its k nearest
     * minority neighbours (Euclidean on the prepared, scaled features) at random and add the point at a random
     * position on the segment between them.
     */
    static TrainingSet smote(double[][] c, int[] y, int k, long seed) {
        int p = c.length;
        int n = y.length;
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        int minorityLabel = pos <= n - pos ? 1 : 0;
        int[] minority = new int[Math.min(pos, n - pos)];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] == minorityLabel) {
                minority[m++] = i;
            }
        }
        int need = n - 2 * m;
        if (m < 2 || need <= 0) {
            return new TrainingSet(c, y, null);
        }
        int kk = Math.min(k, m - 1);
        // k nearest minority neighbours of every minority row
        int[][] nn = new int[m][kk];
        double[] d = new double[m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double s = 0;
                if (a != b) {
                    for (int f = 0; f < p; f++) {
                        double diff = c[f][minority[a]] - c[f][minority[b]];
                        s += diff * diff;
                    }
                } else {
                    s = Double.POSITIVE_INFINITY;
                }
                d[b] = s;
            }
            // partial selection of kk smallest
            for (int t = 0; t < kk; t++) {
                int best = -1;
                for (int b = 0; b < m; b++) {
                    if (d[b] != Double.POSITIVE_INFINITY && (best < 0 || d[b] < d[best])) {
                        best = b;
                    }
                }
                nn[a][t] = best;
                d[best] = Double.POSITIVE_INFINITY;
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] out = new double[p][n + need];
        for (int f = 0; f < p; f++) {
            System.arraycopy(c[f], 0, out[f], 0, n);
        }
        int[] yo = Arrays.copyOf(y, n + need);
        for (int s = 0; s < need; s++) {
            int a = s % m;
            int b = nn[a][rnd.nextInt(kk)];
            double gap = rnd.nextDouble();
            for (int f = 0; f < p; f++) {
                double xa = c[f][minority[a]];
                out[f][n + s] = xa + gap * (c[f][minority[b]] - xa);
            }
            yo[n + s] = minorityLabel;
        }
        return new TrainingSet(out, yo, null);
    }
}
