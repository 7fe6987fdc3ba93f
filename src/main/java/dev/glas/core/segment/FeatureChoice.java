package dev.glas.core.segment;

import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Feature choice: the same k sweep with and without a group of features, and a search for a small feature
 * subset with the best silhouette. The search works on a seeded sample ({@value #SEARCH_ROWS} rows): all
 * pairs of features (greedy from the best single feature when there are more than 12), then forward
 * selection while the best silhouette over the k range improves, up to {@code maxSize} features. Note that
 * silhouettes of different feature sets are not strictly comparable (fewer dimensions separate more easily);
 * the UI shows both results side by side so the analyst judges.
 */
public final class FeatureChoice {

    public static final int SEARCH_ROWS = 2_000;

    private FeatureChoice() {
    }

    /** Sweep with all features and without {@code group}. */
    public record GroupComparison(List<String> group, SweepResult with, SweepResult without) {
    }

    /** Best subset found and its best k and silhouette, next to all features' best. */
    public record SubsetResult(List<String> subset, int k, double silhouette, List<String> allFeatures, int allK,
                               double allSilhouette, int evaluated) {
        public SubsetResult {
            subset = List.copyOf(subset);
            allFeatures = List.copyOf(allFeatures);
        }
    }

    public static GroupComparison compareGroup(FeatureMatrix x, List<String> group, SweepOptions o, Progress progress,
                                               Cancellation cancellation) {
        List<String> rest = x.names().stream().filter(f -> !group.contains(f)).toList();
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("the group cannot contain every feature");
        }
        SweepResult with = KSweep.run(Points.of(x), x.names(), o, progress.slice(0, 0.5), cancellation);
        SweepResult without = KSweep.run(Points.of(x.select(rest)), rest, o, progress.slice(0.5, 1), cancellation);
        return new GroupComparison(List.copyOf(group), with, without);
    }

    public static SubsetResult searchSubset(FeatureMatrix x, int kMin, int kMax, int maxSize, long seed,
                                            Progress progress, Cancellation cancellation) {
        FeatureMatrix s = x.rows(ClusterMetrics.sample(x.rows(), SEARCH_ROWS, seed));
        List<String> names = x.names();
        int d = names.size();
        int[] evaluated = {0};
        double[] all = best(s, names, kMin, kMax, seed, cancellation);
        List<List<String>> starts = new ArrayList<>();
        if (d <= 12) {
            for (int a = 0; a < d; a++) {
                for (int b = a + 1; b < d; b++) {
                    starts.add(List.of(names.get(a), names.get(b)));
                }
            }
        } else {
            String bestSingle = names.get(0);
            double bs = Double.NEGATIVE_INFINITY;
            for (String f : names) {
                double v = best(s, List.of(f), kMin, kMax, seed, cancellation)[1];
                evaluated[0]++;
                if (v > bs) {
                    bs = v;
                    bestSingle = f;
                }
            }
            for (String f : names) {
                if (!f.equals(bestSingle)) {
                    starts.add(List.of(bestSingle, f));
                }
            }
        }
        List<String> bestSet = null;
        double[] bestScore = null;
        int step = 0;
        int steps = starts.size() + Math.max(0, maxSize - 2) * d;
        for (List<String> set : starts) {
            progress.report((double) step++ / steps, "segment.features.progress", String.join(", ", set));
            double[] sc = best(s, set, kMin, kMax, seed, cancellation);
            evaluated[0]++;
            if (bestSet == null || sc[1] > bestScore[1]) {
                bestScore = sc;
                bestSet = set;
            }
        }
        if (bestSet == null) {
            return new SubsetResult(names, (int) all[0], all[1], names, (int) all[0], all[1], evaluated[0]);
        }
        while (bestSet.size() < maxSize) {
            List<String> improved = null;
            double[] improvedScore = bestScore;
            for (String f : names) {
                if (bestSet.contains(f)) {
                    continue;
                }
                List<String> set = new ArrayList<>(bestSet);
                set.add(f);
                progress.report(Math.min(0.99, (double) step++ / steps), "segment.features.progress",
                        String.join(", ", set));
                double[] sc = best(s, set, kMin, kMax, seed, cancellation);
                evaluated[0]++;
                if (sc[1] > improvedScore[1]) {
                    improvedScore = sc;
                    improved = set;
                }
            }
            if (improved == null) {
                break;
            }
            bestSet = improved;
            bestScore = improvedScore;
        }
        progress.report(1, "segment.features.progress", String.join(", ", bestSet));
        return new SubsetResult(bestSet, (int) bestScore[0], bestScore[1], names, (int) all[0], all[1], evaluated[0]);
    }

    /** [best k, best silhouette] over the k range for the given features of the sample. */
    private static double[] best(FeatureMatrix s, List<String> features, int kMin, int kMax, long seed,
                                 Cancellation cancellation) {
        Points p = Points.of(s.select(features));
        double bestK = kMin;
        double bestSil = Double.NEGATIVE_INFINITY;
        for (int k = kMin; k <= Math.min(kMax, p.n() - 1); k++) {
            KMeansResult km = KMeans.fit(p, new KMeansOptions(k, 1, 100, 1e-4, seed + k), cancellation);
            if (java.util.Arrays.stream(km.labels()).distinct().count() < 2) {
                continue;
            }
            double sil = ClusterMetrics.silhouette(p, km.labels(), cancellation);
            if (sil > bestSil) {
                bestSil = sil;
                bestK = k;
            }
        }
        return new double[] {bestK, bestSil};
    }
}
