package dev.glas.core.segment;

import dev.glas.core.task.Cancellation;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * K-means: greedy k-means++ initialisation (as sklearn: 2 + ln k candidates per centre), then Lloyd
 * iterations accelerated with Hamerly's bounds (exact: the same assignments as plain Lloyd), run in parallel
 * over chunks of points. {@code restarts × 4} k-means++ seedings are refined by Lloyd on a 10,000-point sample
 * (on all points up to 20,000); the best {@code restarts} of them start full runs on all points and the
 * lowest-inertia run is returned.
 */
public final class KMeans {

    /** Candidate starts per restart. */
    static final int SEEDINGS = 4;
    /** Above this many points the candidate starts are refined on a sample of {@link #SAMPLE} points. */
    static final int SAMPLE_ABOVE = 20_000;
    static final int SAMPLE = 10_000;

    private KMeans() {
    }

    public static KMeansResult fit(Points p, KMeansOptions o, Cancellation cancellation) {
        if (p.n() < o.k()) {
            throw new IllegalArgumentException("fewer points (" + p.n() + ") than clusters (" + o.k() + ")");
        }
        double tolAbs = o.tol() * meanVariance(p);
        SplittableRandom rnd = new SplittableRandom(o.seed());
        // Candidate starts: SEEDINGS per restart, each a k-means++ seeding refined by Lloyd on a sample
        // (the whole data when small); the best `restarts` of them start the full runs.
        Points sub = p;
        if (p.n() > SAMPLE_ABOVE) {
            sub = p.rows(ClusterMetrics.sample(p.n(), SAMPLE, rnd.nextLong()));
        }
        double subTol = o.tol() * meanVariance(sub);
        int candidates = o.restarts() * SEEDINGS;
        double[][] starts = new double[candidates][];
        double[] scores = new double[candidates];
        Integer[] order = new Integer[candidates];
        for (int c = 0; c < candidates; c++) {
            cancellation.check();
            double[] seeded = plusPlus(sub, o.k(), rnd.split(), cancellation, new double[1]);
            KMeansResult r = hamerly(sub, seeded, o.k(), o.maxIter(), subTol, cancellation);
            starts[c] = r.centers();
            scores[c] = r.inertia();
            order[c] = c;
        }
        java.util.Arrays.sort(order, (u, v) -> Double.compare(scores[u], scores[v]));
        KMeansResult best = null;
        for (int r = 0; r < o.restarts(); r++) {
            cancellation.check();
            double[] init = starts[order[r]];
            // (on small data the candidates already were full runs: this converges at once)
            KMeansResult res = hamerly(p, init, o.k(), o.maxIter(), tolAbs, cancellation);
            if (best == null || res.inertia() < best.inertia()) {
                best = res;
            }
        }
        return best;
    }

    static double meanVariance(Points p) {
        int n = p.n();
        int d = p.d();
        double[] x = p.x();
        double total = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + j];
            }
            mean /= n;
            double v = 0;
            for (int i = 0; i < n; i++) {
                double t = x[i * d + j] - mean;
                v += t * t;
            }
            total += v / n;
        }
        return d == 0 ? 0 : total / d;
    }

    /** Greedy k-means++ seeding. */
    static double[] plusPlus(Points p, int k, SplittableRandom rnd, Cancellation cancellation, double[] potential) {
        int n = p.n();
        int d = p.d();
        double[] centers = new double[k * d];
        int first = rnd.nextInt(n);
        System.arraycopy(p.x(), first * d, centers, 0, d);
        double[] closest = new double[n];
        int chunks = Parallel.chunks(n);
        Parallel.run(chunks, ch -> {
            for (int i = Parallel.from(ch, chunks, n), e = Parallel.from(ch + 1, chunks, n); i < e; i++) {
                closest[i] = p.dist2(i, centers, 0);
            }
        });
        int trials = 2 + (int) Math.log(k);
        double[] cum = new double[n];
        for (int c = 1; c < k; c++) {
            cancellation.check();
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += closest[i];
                cum[i] = s;
            }
            double pot = s;
            int[] cand = new int[trials];
            for (int t = 0; t < trials; t++) {
                double r = rnd.nextDouble() * pot;
                int idx = Arrays.binarySearch(cum, r);
                idx = idx < 0 ? -idx - 1 : idx + 1;
                cand[t] = Math.min(idx, n - 1);
            }
            double[][] partial = new double[chunks][trials];
            Parallel.run(chunks, ch -> {
                double[] acc = partial[ch];
                for (int i = Parallel.from(ch, chunks, n), e = Parallel.from(ch + 1, chunks, n); i < e; i++) {
                    for (int t = 0; t < trials; t++) {
                        acc[t] += Math.min(closest[i], p.dist2Points(i, cand[t]));
                    }
                }
            });
            int bestT = 0;
            double bestPot = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double pt = 0;
                for (int ch = 0; ch < chunks; ch++) {
                    pt += partial[ch][t];
                }
                if (pt < bestPot) {
                    bestPot = pt;
                    bestT = t;
                }
            }
            int chosen = cand[bestT];
            System.arraycopy(p.x(), chosen * d, centers, c * d, d);
            int cc = c;
            Parallel.run(chunks, ch -> {
                for (int i = Parallel.from(ch, chunks, n), e = Parallel.from(ch + 1, chunks, n); i < e; i++) {
                    closest[i] = Math.min(closest[i], p.dist2(i, centers, cc));
                }
            });
        }
        double pot = 0;
        for (int i = 0; i < n; i++) {
            pot += closest[i];
        }
        potential[0] = pot;
        return centers;
    }

    /** Lloyd iterations with Hamerly's upper/lower bounds, starting from {@code init}. */
    static KMeansResult hamerly(Points p, double[] init, int k, int maxIter, double tolAbs, Cancellation cancellation) {
        int n = p.n();
        int d = p.d();
        double[] x = p.x();
        double[] centers = init.clone();
        int[] a = new int[n];
        double[] u = new double[n];
        double[] l = new double[n];
        int chunks = Parallel.chunks(n);
        double[] s = new double[k];
        int[] changed = new int[chunks];
        // full initial assignment
        Parallel.run(chunks, ch -> {
            for (int i = Parallel.from(ch, chunks, n), e = Parallel.from(ch + 1, chunks, n); i < e; i++) {
                fullScan(p, centers, k, i, a, u, l);
            }
        });
        int iter = 0;
        double[][] sums = new double[chunks][k * d];
        int[][] counts = new int[chunks][k];
        double[] move = new double[k];
        while (iter < maxIter) {
            iter++;
            cancellation.check();
            // M-step
            Parallel.run(chunks, ch -> {
                double[] sm = sums[ch];
                int[] cn = counts[ch];
                Arrays.fill(sm, 0);
                Arrays.fill(cn, 0);
                for (int i = Parallel.from(ch, chunks, n), e = Parallel.from(ch + 1, chunks, n); i < e; i++) {
                    int c = a[i];
                    cn[c]++;
                    int off = c * d;
                    int xo = i * d;
                    for (int j = 0; j < d; j++) {
                        sm[off + j] += x[xo + j];
                    }
                }
            });
            double shift2 = 0;
            boolean relocated = false;
            for (int c = 0; c < k; c++) {
                int cnt = 0;
                double[] nc = new double[d];
                for (int ch = 0; ch < chunks; ch++) {
                    cnt += counts[ch][c];
                    for (int j = 0; j < d; j++) {
                        nc[j] += sums[ch][c * d + j];
                    }
                }
                if (cnt == 0) {
                    // empty cluster: move it to the point farthest from its centre
                    int far = 0;
                    for (int i = 1; i < n; i++) {
                        if (u[i] > u[far]) {
                            far = i;
                        }
                    }
                    System.arraycopy(x, far * d, nc, 0, d);
                    u[far] = 0;
                    relocated = true;
                } else {
                    for (int j = 0; j < d; j++) {
                        nc[j] /= cnt;
                    }
                }
                double m2 = 0;
                for (int j = 0; j < d; j++) {
                    double t = nc[j] - centers[c * d + j];
                    m2 += t * t;
                    centers[c * d + j] = nc[j];
                }
                move[c] = Math.sqrt(m2);
                shift2 += m2;
            }
            // bounds update
            int j1 = 0;
            for (int c = 1; c < k; c++) {
                if (move[c] > move[j1]) {
                    j1 = c;
                }
            }
            double m1 = move[j1];
            double m2nd = 0;
            for (int c = 0; c < k; c++) {
                if (c != j1 && move[c] > m2nd) {
                    m2nd = move[c];
                }
            }
            boolean reset = relocated;
            int big = j1;
            double moveBig = m1;
            double moveNext = m2nd;
            Parallel.run(chunks, ch -> {
                for (int i = Parallel.from(ch, chunks, n), e = Parallel.from(ch + 1, chunks, n); i < e; i++) {
                    u[i] += move[a[i]];
                    l[i] = reset ? 0 : l[i] - (a[i] == big ? moveNext : moveBig);
                }
            });
            // half distance to the nearest other centre
            for (int c = 0; c < k; c++) {
                double best = Double.POSITIVE_INFINITY;
                for (int o = 0; o < k; o++) {
                    if (o != c) {
                        double dd = 0;
                        for (int j = 0; j < d; j++) {
                            double t = centers[c * d + j] - centers[o * d + j];
                            dd += t * t;
                        }
                        best = Math.min(best, dd);
                    }
                }
                s[c] = k == 1 ? 0 : 0.5 * Math.sqrt(best);
            }
            // E-step
            Parallel.run(chunks, ch -> {
                int ct = 0;
                for (int i = Parallel.from(ch, chunks, n), e = Parallel.from(ch + 1, chunks, n); i < e; i++) {
                    int ai = a[i];
                    double m = Math.max(s[ai], l[i]);
                    if (u[i] > m) {
                        u[i] = Math.sqrt(p.dist2(i, centers, ai));
                        if (u[i] > m) {
                            fullScan(p, centers, k, i, a, u, l);
                            if (a[i] != ai) {
                                ct++;
                            }
                        }
                    }
                }
                changed[ch] = ct;
            });
            int total = Arrays.stream(changed).sum();
            if (total == 0 || shift2 <= tolAbs) {
                break;
            }
        }
        double[] part = new double[chunks];
        Parallel.run(chunks, ch -> {
            double acc = 0;
            for (int i = Parallel.from(ch, chunks, n), e = Parallel.from(ch + 1, chunks, n); i < e; i++) {
                acc += p.dist2(i, centers, a[i]);
            }
            part[ch] = acc;
        });
        double inertia = Arrays.stream(part).sum();
        return new KMeansResult(k, d, centers, a, inertia, iter);
    }

    private static void fullScan(Points p, double[] centers, int k, int i, int[] a, double[] u, double[] l) {
        double b1 = Double.POSITIVE_INFINITY;
        double b2 = Double.POSITIVE_INFINITY;
        int best = 0;
        for (int c = 0; c < k; c++) {
            double dd = p.dist2(i, centers, c);
            if (dd < b1) {
                b2 = b1;
                b1 = dd;
                best = c;
            } else if (dd < b2) {
                b2 = dd;
            }
        }
        a[i] = best;
        u[i] = Math.sqrt(b1);
        l[i] = Math.sqrt(b2);
    }
}
