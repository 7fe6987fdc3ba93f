package dev.glas.core.segment;

import dev.glas.core.i18n.Messages;
import java.util.List;

/**
 * Result of the choose-k sweep.
 *
 * @param rows              rows clustered
 * @param features          feature names
 * @param scores            one entry per k, ascending k
 * @param models            the k-means solution per k, aligned with {@code scores}
 * @param kneeK             elbow of the inertia curve (Kneedle)
 * @param recommendedK      the recommended k
 * @param reasonKey         message key of the one-sentence reason
 * @param reasonArgs        its arguments
 * @param silhouetteSampled whether the silhouette was computed on a sample
 * @param silhouetteRows    rows used for the silhouette
 * @param seed              the seed of everything random here
 */
public record SweepResult(int rows, List<String> features, List<KScore> scores, List<KMeansResult> models, int kneeK,
                          int recommendedK, String reasonKey, List<Object> reasonArgs, boolean silhouetteSampled,
                          int silhouetteRows, long seed) {

    public SweepResult {
        features = List.copyOf(features);
        scores = List.copyOf(scores);
        models = List.copyOf(models);
        reasonArgs = List.copyOf(reasonArgs);
    }

    /** The reason in the current UI language. */
    public String reason() {
        return Messages.get(reasonKey, reasonArgs.toArray());
    }

    public KMeansResult model(int k) {
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).k() == k) {
                return models.get(i);
            }
        }
        throw new IllegalArgumentException("k not in sweep: " + k);
    }

    public KScore score(int k) {
        return scores.stream().filter(s -> s.k() == k).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("k not in sweep: " + k));
    }
}
