package dev.glas.core.segment;

import dev.glas.core.task.Cancellation;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Internal clustering quality measures with sklearn's definitions (sklearn.metrics): inertia, silhouette
 * (exact, or on a seeded sample), Calinski–Harabasz, Davies–Bouldin, and the adjusted Rand index.
 * Labels may be any non-negative ints; they are compacted to the clusters present (as sklearn's LabelEncoder).
 */
public final class ClusterMetrics {

    private ClusterMetrics() {
    }

    /** Labels renumbered 0..K-1 in increasing order of the original label; returns K in {@code out[0]}. */
    static int[] compact(int[] labels, int[] kOut) {
        int max = Arrays.stream(labels).max().orElse(-1);
        int[] map = new int[max + 1];
        Arrays.fill(map, -1);
        for (int l : labels) {
            if (l < 0) {
                throw new IllegalArgumentException("negative label " + l);
            }
            map[l] = 0;
        }
        int k = 0;
        for (int i = 0; i <= max; i++) {
            if (map[i] == 0) {
                map[i] = k++;
            }
        }
        kOut[0] = k;
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = map[labels[i]];
        }
        return out;
    }

    private static double[] centroids(Points p, int[] lab, int k, int[] sizes) {
        int d = p.d();
        double[] c = new double[k * d];
        double[] x = p.x();
        for (int i = 0; i < p.n(); i++) {
            sizes[lab[i]]++;
            for (int j = 0; j < d; j++) {
                c[lab[i] * d + j] += x[i * d + j];
            }
        }
        for (int q = 0; q < k; q++) {
            for (int j = 0; j < d; j++) {
                c[q * d + j] /= sizes[q];
            }
        }
        return c;
    }

    /** Sum of squared distances of points to the mean of their cluster. */
    public static double inertia(Points p, int[] labels) {
        int[] ko = new int[1];
        int[] lab = compact(labels, ko);
        int[] sizes = new int[ko[0]];
        double[] c = centroids(p, lab, ko[0], sizes);
        double s = 0;
        for (int i = 0; i < p.n(); i++) {
            s += p.dist2(i, c, lab[i]);
        }
        return s;
    }

    /** sklearn's calinski_harabasz_score. */
    public static double calinskiHarabasz(Points p, int[] labels) {
        int[] ko = new int[1];
        int[] lab = compact(labels, ko);
        int k = ko[0];
        int n = p.n();
        int d = p.d();
        requireClusters(k, n);
        int[] sizes = new int[k];
        double[] c = centroids(p, lab, k, sizes);
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += p.x()[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double extra = 0;
        for (int q = 0; q < k; q++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double t = c[q * d + j] - mean[j];
                s += t * t;
            }
            extra += sizes[q] * s;
        }
        double intra = 0;
        for (int i = 0; i < n; i++) {
            intra += p.dist2(i, c, lab[i]);
        }
        return intra == 0 ? 1.0 : extra * (n - k) / (intra * (k - 1.0));
    }

    /** sklearn's davies_bouldin_score. */
    public static double daviesBouldin(Points p, int[] labels) {
        int[] ko = new int[1];
        int[] lab = compact(labels, ko);
        int k = ko[0];
        int n = p.n();
        int d = p.d();
        requireClusters(k, n);
        int[] sizes = new int[k];
        double[] c = centroids(p, lab, k, sizes);
        double[] intra = new double[k];
        for (int i = 0; i < n; i++) {
            intra[lab[i]] += Math.sqrt(p.dist2(i, c, lab[i]));
        }
        boolean allIntraZero = true;
        for (int q = 0; q < k; q++) {
            intra[q] /= sizes[q];
            allIntraZero &= Math.abs(intra[q]) <= 1e-8;
        }
        double[][] cd = new double[k][k];
        boolean allCentroidZero = true;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double t = c[a * d + j] - c[b * d + j];
                    s += t * t;
                }
                cd[a][b] = Math.sqrt(s);
                allCentroidZero &= cd[a][b] <= 1e-8;
            }
        }
        if (allIntraZero || allCentroidZero) {
            return 0.0;
        }
        double total = 0;
        for (int a = 0; a < k; a++) {
            double worst = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < k; b++) {
                double dist = cd[a][b] == 0 ? Double.POSITIVE_INFINITY : cd[a][b];
                worst = Math.max(worst, (intra[a] + intra[b]) / dist);
            }
            total += worst;
        }
        return total / k;
    }

    /** Mean silhouette over all points (exact, O(n²·d), parallel); sklearn's silhouette_score. */
    public static double silhouette(Points p, int[] labels, Cancellation cancellation) {
        return mean(silhouetteSamples(p, labels, cancellation));
    }

    /**
     * Silhouette on a random subset of {@code sampleSize} points drawn without replacement with {@code seed}
     * (as sklearn's {@code silhouette_score(sample_size=…)}); exact when {@code n ≤ sampleSize}.
     */
    public static double silhouetteSampled(Points p, int[] labels, int sampleSize, long seed,
                                           Cancellation cancellation) {
        if (p.n() <= sampleSize) {
            return silhouette(p, labels, cancellation);
        }
        int[] idx = sample(p.n(), sampleSize, seed);
        int[] lab = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            lab[i] = labels[idx[i]];
        }
        return silhouette(p.rows(idx), lab, cancellation);
    }

    /** {@code size} distinct indices out of n, ascending, from a seeded partial shuffle. */
    public static int[] sample(int n, int size, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] perm = IntStream.range(0, n).toArray();
        int m = Math.min(size, n);
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = Arrays.copyOf(perm, m);
        Arrays.sort(out);
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static void requireClusters(int k, int n) {
        if (k < 2 || k > n - 1) {
            throw new IllegalArgumentException("number of clusters must be in [2, n-1]: " + k);
        }
    }

    /** Silhouette coefficient of every point (0 for points in singleton clusters, as sklearn). */
    public static double[] silhouetteSamples(Points p, int[] labels, Cancellation cancellation) {
        int[] ko = new int[1];
        int[] lab = compact(labels, ko);
        int k = ko[0];
        int n = p.n();
        int d = p.d();
        requireClusters(k, n);
        double[] x = p.x();
        final int block = 128;
        int blocks = (n + block - 1) / block;
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        double[][] acc = new double[workers][];
        IntStream.range(0, workers).parallel().forEach(w -> {
            double[] sum = new double[n * k];
            // block rows are dealt out round-robin in a zig-zag so workers get similar amounts of pairs
            for (int bi = 0; bi < blocks; bi++) {
                int owner = (bi / workers) % 2 == 0 ? bi % workers : workers - 1 - bi % workers;
                if (owner != w) {
                    continue;
                }
                cancellation.check();
                int i0 = bi * block;
                int i1 = Math.min(n, i0 + block);
                for (int i = i0; i < i1; i++) {
                    int li = lab[i];
                    int xi = i * d;
                    int rowI = i * k;
                    double own = 0;
                    for (int j = i + 1; j < n; j++) {
                        int xj = j * d;
                        double s = 0;
                        for (int t = 0; t < d; t++) {
                            double diff = x[xi + t] - x[xj + t];
                            s += diff * diff;
                        }
                        double dist = Math.sqrt(s);
                        int lj = lab[j];
                        if (lj == li) {
                            own += dist;
                        } else {
                            sum[rowI + lj] += dist;
                        }
                        sum[j * k + li] += dist;
                    }
                    sum[rowI + li] += own;
                }
            }
            acc[w] = sum;
        });
        double[] total = acc[0];
        for (int w = 1; w < workers; w++) {
            double[] a = acc[w];
            for (int t = 0; t < total.length; t++) {
                total[t] += a[t];
            }
        }
        int[] sizes = new int[k];
        for (int l : lab) {
            sizes[l]++;
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            int li = lab[i];
            if (sizes[li] <= 1) {
                s[i] = 0;
                continue;
            }
            double a = total[i * k + li] / (sizes[li] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int q = 0; q < k; q++) {
                if (q != li) {
                    b = Math.min(b, total[i * k + q] / sizes[q]);
                }
            }
            double m = Math.max(a, b);
            s[i] = m == 0 ? 0 : (b - a) / m;
        }
        return s;
    }

    /** sklearn's adjusted_rand_score. */
    public static double adjustedRand(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("label arrays differ in length");
        }
        int n = a.length;
        int[] ka = new int[1];
        int[] kb = new int[1];
        int[] la = compact(a, ka);
        int[] lb = compact(b, kb);
        long[][] table = new long[ka[0]][kb[0]];
        for (int i = 0; i < n; i++) {
            table[la[i]][lb[i]]++;
        }
        double sumComb = 0;
        long[] rows = new long[ka[0]];
        long[] cols = new long[kb[0]];
        for (int i = 0; i < ka[0]; i++) {
            for (int j = 0; j < kb[0]; j++) {
                long v = table[i][j];
                sumComb += v * (v - 1) / 2.0;
                rows[i] += v;
                cols[j] += v;
            }
        }
        double sumA = 0;
        for (long r : rows) {
            sumA += r * (r - 1) / 2.0;
        }
        double sumB = 0;
        for (long c : cols) {
            sumB += c * (c - 1) / 2.0;
        }
        double total = n * (n - 1) / 2.0;
        double expected = sumA * sumB / total;
        double max = (sumA + sumB) / 2;
        if (max == expected) {
            return 1.0; // identical trivial partitions (sklearn's special cases)
        }
        return (sumComb - expected) / (max - expected);
    }
}
