package dev.glas.core.text;

import dev.glas.core.task.Cancellation;
import java.util.Random;

/**
 * Local k-means for text clustering (k-means++ seeding, Lloyd iterations, best of several restarts) and the
 * silhouette score on a seeded sample. Kept here because the segmentation studio's k-means is not on main yet.
 */
final class KMeans {

    record Fit(int[] labels, double[][] centers, double inertia) {
    }

    private KMeans() {
    }

    static Fit fit(double[][] x, int k, int restarts, long seed, Cancellation cancellation) {
        Fit best = null;
        Random rnd = new Random(seed);
        for (int r = 0; r < restarts; r++) {
            Fit f = once(x, k, new Random(rnd.nextLong()), cancellation);
            if (best == null || f.inertia() < best.inertia()) {
                best = f;
            }
        }
        return best;
    }

    private static Fit once(double[][] x, int k, Random rnd, Cancellation cancellation) {
        int n = x.length;
        int d = x[0].length;
        double[][] c = new double[k][];
        c[0] = x[rnd.nextInt(n)].clone();
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            dist[i] = sq(x[i], c[0]);
        }
        for (int j = 1; j < k; j++) {
            double sum = 0;
            for (double v : dist) {
                sum += v;
            }
            double u = rnd.nextDouble() * sum;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                u -= dist[i];
                if (u <= 0) {
                    pick = i;
                    break;
                }
            }
            c[j] = x[pick].clone();
            for (int i = 0; i < n; i++) {
                dist[i] = Math.min(dist[i], sq(x[i], c[j]));
            }
        }
        int[] labels = new int[n];
        double inertia = 0;
        for (int iter = 0; iter < 100; iter++) {
            cancellation.check();
            boolean changed = false;
            inertia = 0;
            for (int i = 0; i < n; i++) {
                int bestJ = 0;
                double bestD = Double.MAX_VALUE;
                for (int j = 0; j < k; j++) {
                    double dd = sq(x[i], c[j]);
                    if (dd < bestD) {
                        bestD = dd;
                        bestJ = j;
                    }
                }
                if (labels[i] != bestJ || iter == 0) {
                    changed |= labels[i] != bestJ;
                    labels[i] = bestJ;
                }
                inertia += bestD;
            }
            if (!changed && iter > 0) {
                break;
            }
            double[][] sum = new double[k][d];
            int[] cnt = new int[k];
            for (int i = 0; i < n; i++) {
                cnt[labels[i]]++;
                for (int t = 0; t < d; t++) {
                    sum[labels[i]][t] += x[i][t];
                }
            }
            for (int j = 0; j < k; j++) {
                if (cnt[j] == 0) {
                    c[j] = x[rnd.nextInt(n)].clone();
                } else {
                    for (int t = 0; t < d; t++) {
                        sum[j][t] /= cnt[j];
                    }
                    c[j] = sum[j];
                }
            }
        }
        return new Fit(labels, c, inertia);
    }

    /** Mean silhouette (Euclidean) of a seeded sample of at most {@code maxSample} points. */
    static double silhouette(double[][] x, int[] labels, int k, int maxSample, long seed) {
        int n = x.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Random rnd = new Random(seed);
        int m = Math.min(n, maxSample);
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        double total = 0;
        for (int a = 0; a < m; a++) {
            int i = idx[a];
            double[] sum = new double[k];
            int[] cnt = new int[k];
            for (int b = 0; b < m; b++) {
                int j = idx[b];
                if (j == i) {
                    continue;
                }
                sum[labels[j]] += Math.sqrt(sq(x[i], x[j]));
                cnt[labels[j]]++;
            }
            int own = labels[i];
            if (cnt[own] == 0) {
                continue; // singleton: silhouette 0
            }
            double ai = sum[own] / cnt[own];
            double bi = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != own && cnt[c] > 0) {
                    bi = Math.min(bi, sum[c] / cnt[c]);
                }
            }
            if (bi == Double.MAX_VALUE) {
                continue;
            }
            total += (bi - ai) / Math.max(ai, bi);
        }
        return total / m;
    }

    static double sq(double[] a, double[] b) {
        double s = 0;
        for (int t = 0; t < a.length; t++) {
            double d = a[t] - b[t];
            s += d * d;
        }
        return s;
    }
}
