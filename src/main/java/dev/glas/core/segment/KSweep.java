package dev.glas.core.segment;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import dev.glas.core.task.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Choose k: k-means for every k of a range with inertia, silhouette, Calinski–Harabasz, Davies–Bouldin and
 * bootstrap stability, the inertia knee and a recommended k with a one-sentence reason.
 */
public final class KSweep {

    /** Stability (mean ARI) from which a solution counts as stable. */
    public static final double STABLE = 0.75;

    private KSweep() {
    }

    public static Work<SweepResult> work(Points points, List<String> features, SweepOptions o) {
        return (progress, cancellation) -> run(points, features, o, progress, cancellation);
    }

    public static SweepResult run(Points p, List<String> features, SweepOptions o, Progress progress,
                                  Cancellation cancellation) {
        return run(p, features, o, progress, cancellation, score -> { });
    }

    /**
     * The sweep, handing each k's scores to {@code onScore} as soon as that k is done (on the calling thread,
     * in increasing k), so a UI can draw the curves while the sweep goes on.
     */
    public static SweepResult run(Points p, List<String> features, SweepOptions o, Progress progress,
                                  Cancellation cancellation, java.util.function.Consumer<KScore> onScore) {
        int n = p.n();
        int kMax = Math.min(o.kMax(), n - 1);
        if (kMax < o.kMin()) {
            throw new IllegalArgumentException("too few rows for k = " + o.kMin());
        }
        boolean sampled = n > o.silhouetteExactMax();
        int[] silIdx = sampled ? ClusterMetrics.sample(n, o.silhouetteSample(), o.seed()) : null;
        Points silPoints = sampled ? p.rows(silIdx) : p;
        int m = Math.min(n, o.stabilitySample());
        int[] evalIdx = ClusterMetrics.sample(n, m, o.seed() + 1);
        Points evalPoints = p.rows(evalIdx);
        List<KScore> scores = new ArrayList<>();
        List<KMeansResult> models = new ArrayList<>();
        int count = kMax - o.kMin() + 1;
        for (int k = o.kMin(); k <= kMax; k++) {
            int step = k - o.kMin();
            Progress sub = progress.slice((double) step / count, (double) (step + 1) / count);
            sub.report(0, "segment.sweep.progress.k", k, o.kMin(), kMax);
            KMeansResult km = KMeans.fit(p, new KMeansOptions(k, o.restarts(), 300, 1e-4, o.seed() + k), cancellation);
            sub.report(0.4, "segment.sweep.progress.k", k, o.kMin(), kMax);
            int[] silLabels = km.labels();
            if (sampled) {
                silLabels = new int[silIdx.length];
                for (int i = 0; i < silIdx.length; i++) {
                    silLabels[i] = km.labels()[silIdx[i]];
                }
            }
            double sil = distinct(silLabels) >= 2 ? ClusterMetrics.silhouette(silPoints, silLabels, cancellation)
                    : Double.NaN;
            sub.report(0.7, "segment.sweep.progress.k", k, o.kMin(), kMax);
            double ch = ClusterMetrics.calinskiHarabasz(p, km.labels());
            double db = ClusterMetrics.daviesBouldin(p, km.labels());
            double stab = stability(p, km, evalPoints, k, o, cancellation);
            KScore score = new KScore(k, km.inertia(), sil, ch, db, stab);
            scores.add(score);
            onScore.accept(score);
            models.add(km);
            sub.report(1, "segment.sweep.progress.k", k, o.kMin(), kMax);
        }
        int knee = knee(scores);
        return recommend(n, features, scores, models, knee, sampled, sampled ? silIdx.length : n, o);
    }

    private static int distinct(int[] labels) {
        return (int) java.util.Arrays.stream(labels).distinct().count();
    }

    /** Mean ARI between the full solution and k-means fitted on bootstrap resamples, on a fixed evaluation set. */
    static double stability(Points p, KMeansResult full, Points eval, int k, SweepOptions o, Cancellation c) {
        if (o.stabilityResamples() == 0) {
            return Double.NaN;
        }
        int n = p.n();
        int m = eval.n();
        int[] reference = full.predict(eval);
        SplittableRandom rnd = new SplittableRandom(o.seed() * 31 + k);
        double sum = 0;
        for (int b = 0; b < o.stabilityResamples(); b++) {
            c.check();
            int[] boot = new int[m];
            for (int i = 0; i < m; i++) {
                boot[i] = rnd.nextInt(n);
            }
            KMeansResult km = KMeans.fit(p.rows(boot), new KMeansOptions(k, 1, 300, 1e-4, rnd.nextLong()), c);
            sum += ClusterMetrics.adjustedRand(reference, km.predict(eval));
        }
        return sum / o.stabilityResamples();
    }

    /** Kneedle on the inertia curve (decreasing, convex): the k farthest above the chord. */
    static int knee(List<KScore> scores) {
        int s = scores.size();
        if (s < 3) {
            return scores.get(0).k();
        }
        double k0 = scores.get(0).k();
        double k1 = scores.get(s - 1).k();
        double y0 = scores.get(0).inertia();
        double y1 = scores.get(s - 1).inertia();
        double best = Double.NEGATIVE_INFINITY;
        int bestK = scores.get(0).k();
        for (KScore sc : scores) {
            double xn = (sc.k() - k0) / (k1 - k0);
            double yn = y0 == y1 ? 0 : (sc.inertia() - y1) / (y0 - y1);
            double diff = (1 - yn) - xn;
            if (diff > best) {
                best = diff;
                bestK = sc.k();
            }
        }
        return bestK;
    }

    private static SweepResult recommend(int n, List<String> features, List<KScore> scores, List<KMeansResult> models,
                                         int knee, boolean sampled, int silRows, SweepOptions o) {
        boolean anyStable = scores.stream().anyMatch(s -> !(s.stability() < STABLE));
        KScore best = null;
        for (KScore s : scores) {
            boolean eligible = !anyStable || !(s.stability() < STABLE);
            if (eligible && (best == null || s.silhouette() > best.silhouette())) {
                best = s;
            }
        }
        if (best == null) {
            best = scores.get(0);
        }
        String key;
        List<Object> args;
        double stab = Double.isNaN(best.stability()) ? 1 : best.stability();
        if (!anyStable) {
            double maxStab = scores.stream().mapToDouble(KScore::stability).max().orElse(Double.NaN);
            key = "segment.sweep.reason.unstable";
            args = List.of(best.k(), best.silhouette(), maxStab);
        } else if (best.k() == knee) {
            key = "segment.sweep.reason.agree";
            args = List.of(best.k(), best.silhouette(), stab);
        } else {
            key = "segment.sweep.reason.best";
            args = List.of(best.k(), best.silhouette(), stab, knee);
        }
        return new SweepResult(n, features, scores, models, knee, best.k(), key, args, sampled, silRows, o.seed());
    }
}
