package dev.glas.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagonal Gaussian mixture against sklearn (values from src/test/python/gmm_reference.py). */
class GaussianMixtureTest {

    @Test
    void matchesSklearnDiagonalMixture() throws Exception {
        Path dir = Path.of(getClass().getResource("/dev/glas/core/segment/metrics_points.csv").toURI()).getParent();
        Dataset data = new DataImporter().read(dir.resolve("metrics_points.csv"));
        Points p = Points.of(FeatureMatrix.of(data, List.of("a", "b", "c", "d")));
        JsonNode ref = new ObjectMapper().readTree(dir.resolve("gmm_reference.json").toFile());
        for (int k = 2; k <= 5; k++) {
            JsonNode r = ref.get(String.valueOf(k));
            GaussianMixture gm = GaussianMixture.fit(p, k, 5, 1000, 1e-9, 42, Progress.NONE, Cancellation.NEVER);
            assertTrue(gm.converged(), "k=" + k);
            double refLl = r.get("mean_log_likelihood").asDouble();
            // same optimum as sklearn's best of 5 initialisations (5 seeded k-means starts here)
            assertEquals(refLl, gm.logLikelihood(), 1e-6 * Math.abs(refLl), "log-likelihood k=" + k);
            assertEquals(r.get("bic").asDouble(), gm.bic(), 1e-5 * Math.abs(r.get("bic").asDouble()), "BIC k=" + k);
            double[] w = gm.weights().clone();
            Arrays.sort(w);
            for (int c = 0; c < k; c++) {
                // k=5 splits one of the four true groups: a flat likelihood, so the split's weights agree to 1e-3
                assertEquals(r.get("weights").get(c).asDouble(), w[c], k <= 4 ? 1e-5 : 1e-3, "weight k=" + k);
            }
            int[] refLabels = new int[p.n()];
            for (int i = 0; i < refLabels.length; i++) {
                refLabels[i] = r.get("labels").get(i).asInt();
            }
            double ari = ClusterMetrics.adjustedRand(refLabels, gm.labels());
            assertTrue(k <= 4 ? ari > 1 - 1e-9 : ari > 0.99, "labels k=" + k + ": ARI " + ari);
            assertEquals(p.n(), Arrays.stream(gm.sizes()).sum());
            assertTrue(Arrays.stream(gm.probability()).allMatch(v -> v > 0 && v <= 1 + 1e-12));
        }
    }
}
