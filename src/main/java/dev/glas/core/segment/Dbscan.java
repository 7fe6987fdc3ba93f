package dev.glas.core.segment;

import dev.glas.core.task.Cancellation;
import java.util.Arrays;

/**
 * DBSCAN (Smile) as an alternative to k-means: clusters of any shape plus noise points (label −1).
 *
 * @param labels cluster per point, −1 for noise
 */
public record Dbscan(int k, int[] labels, int noise, int minPoints, double radius) {

    public static Dbscan fit(Points p, int minPoints, double radius, Cancellation cancellation) {
        cancellation.check();
        smile.clustering.DBSCAN<double[]> db = smile.clustering.DBSCAN.fit(Projection.toRows(p), minPoints, radius);
        int[] g = db.group().clone();
        int noise = 0;
        for (int i = 0; i < g.length; i++) {
            if (g[i] < 0 || g[i] >= db.k()) {
                g[i] = -1;
                noise++;
            }
        }
        return new Dbscan(db.k(), g, noise, minPoints, radius);
    }

    /** A radius guess: the median distance to the {@code minPoints}-th nearest neighbour on a 1,000-row sample. */
    public static double suggestRadius(Points p, int minPoints, long seed) {
        int[] s = ClusterMetrics.sample(p.n(), 1_000, seed);
        double[] kth = new double[s.length];
        double[] d = new double[s.length];
        for (int a = 0; a < s.length; a++) {
            for (int b = 0; b < s.length; b++) {
                d[b] = p.dist2Points(s[a], s[b]);
            }
            Arrays.sort(d);
            kth[a] = Math.sqrt(d[Math.min(minPoints, d.length - 1)]);
        }
        Arrays.sort(kth);
        return kth[kth.length / 2];
    }
}
