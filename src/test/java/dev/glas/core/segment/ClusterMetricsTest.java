package dev.glas.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glas.core.task.Cancellation;
import org.junit.jupiter.api.Test;

/** Metrics equal sklearn's on the same points and labels (values from src/test/python/segment_reference.py). */
class ClusterMetricsTest {

    private static final double EPS = 1e-6;

    @Test
    void metricsEqualSklearnForBothLabelings() {
        double[][] rows = SegmentFixtures.csv("metrics_points.csv");
        Points p = SegmentFixtures.points(rows, 4);
        JsonNode ref = SegmentFixtures.json("metrics_reference.json");
        for (String[] l : new String[][] {{"km", "4"}, {"rnd", "5"}}) {
            int[] labels = SegmentFixtures.labels(rows, Integer.parseInt(l[1]));
            JsonNode r = ref.get(l[0]);
            assertEquals(r.get("silhouette").asDouble(), ClusterMetrics.silhouette(p, labels, Cancellation.NEVER), EPS);
            assertEquals(r.get("calinski_harabasz").asDouble(), ClusterMetrics.calinskiHarabasz(p, labels),
                    EPS * r.get("calinski_harabasz").asDouble());
            assertEquals(r.get("davies_bouldin").asDouble(), ClusterMetrics.daviesBouldin(p, labels), EPS);
            assertEquals(r.get("inertia").asDouble(), ClusterMetrics.inertia(p, labels), EPS * r.get("inertia").asDouble());
        }
        int[] km = SegmentFixtures.labels(rows, 4);
        int[] rnd = SegmentFixtures.labels(rows, 5);
        assertEquals(ref.get("ari_km_rnd").asDouble(), ClusterMetrics.adjustedRand(km, rnd), EPS);
        int[] perm = new int[km.length];
        for (int i = 0; i < km.length; i++) {
            perm[i] = (km[i] + 1) % 4;
        }
        assertEquals(1.0, ClusterMetrics.adjustedRand(km, perm), EPS);
    }

    @Test
    void sampledSilhouetteIsSeededAndClose() {
        double[][] rows = SegmentFixtures.csv("metrics_points.csv");
        Points p = SegmentFixtures.points(rows, 4);
        int[] km = SegmentFixtures.labels(rows, 4);
        double a = ClusterMetrics.silhouetteSampled(p, km, 300, 7, Cancellation.NEVER);
        double b = ClusterMetrics.silhouetteSampled(p, km, 300, 7, Cancellation.NEVER);
        assertEquals(a, b, 0);
        assertTrue(Math.abs(a - 0.5811196186499279) < 0.05, "sample estimate near the exact value: " + a);
    }
}
