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
        return of(cols, yAll, train, balance, seed, null);
    }

    /**
     * As {@link #of(double[][], int[], int[], Balance, long)}, with the prepared features grouped by input column
     * ({@code groups}: one-hot blocks have two or more indices); SMOTE then treats each one-hot block as one
     * categorical feature (SMOTE-NC). The groups are kept for the models.
     */
    static TrainingSet of(double[][] cols, int[] yAll, int[] train, Balance balance, long seed, List<int[]> groups) {
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
            return new TrainingSet(c, y, balancedWeights(y), groups);
        }
        if (balance == Balance.SMOTE) {
            return smote(c, y, 5, seed, groups).withGroups(groups);
        }
        return new TrainingSet(c, y, null, groups);
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

    static TrainingSet smote(double[][] c, int[] y, int k, long seed) {
        return smote(c, y, k, seed, null);
    }

    /**
     * SMOTE (Chawla et al. 2002): until the classes are equal, pick a minority row in turn, one of its k nearest
     * minority neighbours at random and add a point between them. Continuous features: Euclidean distance on the
     * prepared (scaled) values and a random position on the segment. With one-hot blocks in {@code groups}
     * (two or more prepared columns of one input column) this is SMOTE-NC (section 6.1 of the paper): each block
     * is one nominal feature that adds the squared median of the continuous features' standard deviations (over
     * the minority rows) to the squared distance when the two rows' categories differ, and the new point takes the
     * category most frequent among the k neighbours (ties: the nearer neighbour's), so it stays one-hot.
     */
    static TrainingSet smote(double[][] c, int[] y, int k, long seed, List<int[]> groups) {
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
        // nominal blocks (one-hot groups) and continuous features
        List<int[]> blocks = groups == null ? List.of() : groups.stream().filter(g -> g.length >= 2).toList();
        boolean[] nominal = new boolean[p];
        for (int[] g : blocks) {
            for (int f : g) {
                nominal[f] = true;
            }
        }
        int[] continuous = java.util.stream.IntStream.range(0, p).filter(f -> !nominal[f]).toArray();
        int[][] code = new int[blocks.size()][m];
        for (int g = 0; g < blocks.size(); g++) {
            int[] block = blocks.get(g);
            for (int a = 0; a < m; a++) {
                code[g][a] = hot(c, block, minority[a]);
            }
        }
        double penalty = blocks.isEmpty() ? 0 : medianStd(c, continuous, minority);
        penalty *= penalty;
        // k nearest minority neighbours of every minority row
        int[][] nn = new int[m][kk];
        double[] d = new double[m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double s = 0;
                if (a != b) {
                    for (int f : continuous) {
                        double diff = c[f][minority[a]] - c[f][minority[b]];
                        s += diff * diff;
                    }
                    for (int g = 0; g < code.length; g++) {
                        if (code[g][a] != code[g][b]) {
                            s += penalty;
                        }
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
            for (int f : continuous) {
                double xa = c[f][minority[a]];
                out[f][n + s] = xa + gap * (c[f][minority[b]] - xa);
            }
            for (int g = 0; g < code.length; g++) {
                int chosen = majority(code[g], nn[a]);
                int from = nn[a][0];
                for (int t = kk - 1; t >= 0; t--) {
                    if (code[g][nn[a][t]] == chosen) {
                        from = nn[a][t]; // the nearest neighbour with that category: copy its block as it is
                    }
                }
                for (int f : blocks.get(g)) {
                    out[f][n + s] = c[f][minority[from]];
                }
            }
            yo[n + s] = minorityLabel;
        }
        return new TrainingSet(out, yo, null);
    }

    /** Index of the hot column of a one-hot block in row {@code r} (the largest value), −1 when all are equal. */
    static int hot(double[][] c, int[] block, int r) {
        int best = 0;
        boolean tie = true;
        for (int j = 1; j < block.length; j++) {
            double v = c[block[j]][r];
            if (v != c[block[best]][r]) {
                tie = false;
            }
            if (v > c[block[best]][r]) {
                best = j;
            }
        }
        return tie ? -1 : best;
    }

    /** The most frequent code among the neighbours {@code nn} (nearest first); ties go to the nearer one. */
    static int majority(int[] code, int[] nn) {
        int best = code[nn[0]];
        int bestCount = 0;
        for (int t = 0; t < nn.length; t++) {
            int v = code[nn[t]];
            int count = 0;
            for (int u : nn) {
                if (code[u] == v) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = v;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Median of the standard deviations (ddof 0) of the continuous features over the minority rows; 1 when
     * there is no continuous feature or the median is 0 (the nominal penalty must stay positive).
     */
    static double medianStd(double[][] c, int[] continuous, int[] minority) {
        if (continuous.length == 0) {
            return 1;
        }
        double[] sd = new double[continuous.length];
        for (int j = 0; j < continuous.length; j++) {
            double[] col = c[continuous[j]];
            double mean = 0;
            for (int r : minority) {
                mean += col[r];
            }
            mean /= minority.length;
            double ss = 0;
            for (int r : minority) {
                ss += (col[r] - mean) * (col[r] - mean);
            }
            sd[j] = Math.sqrt(ss / minority.length);
        }
        Arrays.sort(sd);
        int h = sd.length / 2;
        double med = sd.length % 2 == 1 ? sd[h] : (sd[h - 1] + sd[h]) / 2;
        return med > 0 ? med : 1;
    }
}
