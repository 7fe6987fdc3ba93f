package dev.glas.core.segment;

import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.task.Cancellation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small CART classification tree (Gini, binary splits {@code x ≤ t}, thresholds halfway between adjacent
 * values) that explains clusters in the original feature units. {@link #fidelity} tells how well the rules
 * reproduce the clusters on the data they explain.
 */
public record ClusterTree(List<String> features, int k, Node root, int depth) {

    public ClusterTree {
        features = List.copyOf(features);
    }

    /**
     * A tree node: a leaf when {@code feature < 0}.
     *
     * @param counts rows of each cluster reaching the node
     */
    public record Node(int feature, double threshold, Node left, Node right, int prediction, int n, int[] counts) {
        public boolean leaf() {
            return feature < 0;
        }
    }

    /** One condition on a rule path. */
    public record Condition(String feature, boolean lessOrEqual, double threshold) {
        @Override
        public String toString() {
            return feature + (lessOrEqual ? " ≤ " : " > ") + String.format(java.util.Locale.ROOT, "%.4g", threshold);
        }
    }

    /** The predicted cluster and the path of conditions that led to it. */
    public record Path(int cluster, List<Condition> conditions, int leafRows, double leafPurity) {
    }

    /** Accuracy and per-cluster recall of the tree against the cluster labels. */
    public record Fidelity(double accuracy, double[] recall) {
    }

    public static ClusterTree fit(FeatureMatrix x, int[] labels, int k, int maxDepth, int minLeaf,
                                  Cancellation cancellation) {
        if (maxDepth < 1 || maxDepth > 10) {
            throw new IllegalArgumentException("depth must be in 1..10");
        }
        int n = x.rows();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Node root = grow(x, labels, k, idx, 0, maxDepth, Math.max(1, minLeaf), cancellation);
        return new ClusterTree(x.names(), k, root, maxDepth);
    }

    private static int[] counts(int[] labels, int[] idx, int k) {
        int[] c = new int[k];
        for (int i : idx) {
            c[labels[i]]++;
        }
        return c;
    }

    private static int argmax(int[] c) {
        int b = 0;
        for (int i = 1; i < c.length; i++) {
            if (c[i] > c[b]) {
                b = i;
            }
        }
        return b;
    }

    private static double gini(int[] c, int n) {
        if (n == 0) {
            return 0;
        }
        double s = 0;
        for (int v : c) {
            double p = (double) v / n;
            s += p * p;
        }
        return 1 - s;
    }

    private static Node grow(FeatureMatrix x, int[] labels, int k, int[] idx, int depth, int maxDepth, int minLeaf,
                             Cancellation cancellation) {
        cancellation.check();
        int n = idx.length;
        int[] counts = counts(labels, idx, k);
        int pred = argmax(counts);
        if (depth >= maxDepth || counts[pred] == n || n < 2 * minLeaf) {
            return new Node(-1, Double.NaN, null, null, pred, n, counts);
        }
        double parent = gini(counts, n);
        double bestGain = 1e-12;
        int bestF = -1;
        double bestT = Double.NaN;
        for (int f = 0; f < x.dimensions(); f++) {
            double[] col = x.columns()[f];
            Integer[] order = Arrays.stream(idx).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (a, b) -> Double.compare(col[a], col[b]));
            int[] left = new int[k];
            for (int p = 0; p < n - 1; p++) {
                left[labels[order[p]]]++;
                int nl = p + 1;
                double v = col[order[p]];
                double next = col[order[p + 1]];
                if (v == next || nl < minLeaf || n - nl < minLeaf) {
                    continue;
                }
                int[] right = new int[k];
                for (int c = 0; c < k; c++) {
                    right[c] = counts[c] - left[c];
                }
                double g = parent - (nl * gini(left, nl) + (n - nl) * gini(right, n - nl)) / n;
                if (g > bestGain) {
                    bestGain = g;
                    bestF = f;
                    bestT = (v + next) / 2;
                }
            }
        }
        if (bestF < 0) {
            return new Node(-1, Double.NaN, null, null, pred, n, counts);
        }
        double[] col = x.columns()[bestF];
        double t = bestT;
        int[] l = Arrays.stream(idx).filter(i -> col[i] <= t).toArray();
        int[] r = Arrays.stream(idx).filter(i -> col[i] > t).toArray();
        return new Node(bestF, t, grow(x, labels, k, l, depth + 1, maxDepth, minLeaf, cancellation),
                grow(x, labels, k, r, depth + 1, maxDepth, minLeaf, cancellation), pred, n, counts);
    }

    /** Classifies one client given its feature values (in {@link #features} order). */
    public Path classify(double[] values) {
        List<Condition> path = new ArrayList<>();
        Node node = root;
        while (!node.leaf()) {
            boolean le = values[node.feature()] <= node.threshold();
            path.add(new Condition(features.get(node.feature()), le, node.threshold()));
            node = le ? node.left() : node.right();
        }
        return new Path(node.prediction(), path, node.n(),
                node.n() == 0 ? 0 : (double) node.counts()[node.prediction()] / node.n());
    }

    /** The conditions from the root down to {@code target} (same node object), or null when it is not in the tree. */
    public List<Condition> conditionsTo(Node target) {
        return conditionsTo(root, target, new ArrayList<>());
    }

    private List<Condition> conditionsTo(Node node, Node target, List<Condition> path) {
        if (node == target) {
            return List.copyOf(path);
        }
        if (node.leaf()) {
            return null;
        }
        String f = features.get(node.feature());
        path.add(new Condition(f, true, node.threshold()));
        List<Condition> found = conditionsTo(node.left(), target, path);
        path.removeLast();
        if (found != null) {
            return found;
        }
        path.add(new Condition(f, false, node.threshold()));
        found = conditionsTo(node.right(), target, path);
        path.removeLast();
        return found;
    }

    /** Rows of {@code x} whose path goes through {@code target} (every row reaches the root). */
    public int[] rowsAt(Node target, FeatureMatrix x) {
        List<Condition> path = conditionsTo(target);
        if (path == null) {
            return new int[0];
        }
        int[] cols = path.stream().mapToInt(c -> x.names().indexOf(c.feature())).toArray();
        return java.util.stream.IntStream.range(0, x.rows()).filter(i -> {
            for (int q = 0; q < cols.length; q++) {
                Condition c = path.get(q);
                if ((x.columns()[cols[q]][i] <= c.threshold()) != c.lessOrEqual()) {
                    return false;
                }
            }
            return true;
        }).toArray();
    }

    public int[] predict(FeatureMatrix x) {
        int[] out = new int[x.rows()];
        double[] row = new double[x.dimensions()];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < row.length; j++) {
                row[j] = x.columns()[j][i];
            }
            out[i] = classify(row).cluster();
        }
        return out;
    }

    public Fidelity fidelity(FeatureMatrix x, int[] labels) {
        int[] p = predict(x);
        int ok = 0;
        int[] hit = new int[k];
        int[] total = new int[k];
        for (int i = 0; i < p.length; i++) {
            total[labels[i]]++;
            if (p[i] == labels[i]) {
                ok++;
                hit[labels[i]]++;
            }
        }
        double[] recall = new double[k];
        for (int c = 0; c < k; c++) {
            recall[c] = total[c] == 0 ? Double.NaN : (double) hit[c] / total[c];
        }
        return new Fidelity((double) ok / p.length, recall);
    }
}
