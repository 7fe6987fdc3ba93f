package dev.glas.core.segment;

import dev.glas.core.task.Cancellation;
import java.util.ArrayList;
import java.util.List;

/**
 * Ward hierarchical clustering (Smile) on a seeded sample when large, as dendrogram data: merge {@code i} joins
 * nodes {@code merges[i][0]} and {@code merges[i][1]} (ids below {@code size()} are leaves, id {@code size()+j} is
 * merge j) at {@code heights[i]}.
 *
 * @param rows indices of the sampled rows in the clustered data (leaf id → row)
 */
public record Dendrogram(int[] rows, int[][] merges, double[] heights, long seed) {

    public static final int DEFAULT_SAMPLE = 3_000;

    public static Dendrogram ward(Points p, int maxSample, long seed, Cancellation cancellation) {
        int[] rows = ClusterMetrics.sample(p.n(), maxSample, seed);
        double[][] x = Projection.toRows(p.rows(rows));
        cancellation.check();
        smile.clustering.HierarchicalClustering h =
                smile.clustering.HierarchicalClustering.fit(smile.clustering.linkage.WardLinkage.of(x));
        return new Dendrogram(rows, h.tree(), h.height(), seed);
    }

    public int size() {
        return rows.length;
    }

    /** Cluster (0..k-1) of each sampled row when the tree is cut into k clusters. */
    public int[] cut(int k) {
        return new smile.clustering.HierarchicalClustering(merges, heights).partition(k);
    }

    /** Data rows under a node (leaf or merge id), for drill-down on a branch. */
    public int[] rowsUnder(int node) {
        List<Integer> out = new ArrayList<>();
        ArrayList<Integer> stack = new ArrayList<>(List.of(node));
        int n = size();
        while (!stack.isEmpty()) {
            int v = stack.remove(stack.size() - 1);
            if (v < n) {
                out.add(rows[v]);
            } else {
                stack.add(merges[v - n][0]);
                stack.add(merges[v - n][1]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Leaves in drawing order (left to right). */
    public int[] leafOrder() {
        int n = size();
        int[] out = new int[n];
        int t = 0;
        ArrayList<Integer> stack = new ArrayList<>(List.of(n + merges.length - 1));
        if (n == 1) {
            return new int[] {0};
        }
        while (!stack.isEmpty()) {
            int v = stack.remove(stack.size() - 1);
            if (v < n) {
                out[t++] = v;
            } else {
                stack.add(merges[v - n][1]);
                stack.add(merges[v - n][0]);
            }
        }
        return out;
    }
}
