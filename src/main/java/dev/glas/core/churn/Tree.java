package dev.glas.core.churn;

/**
 * A binary decision tree as parallel arrays (node 0 is the root). An inner node sends a row left when
 * {@code x[feature] <= threshold} (NaN goes left); a leaf has {@code feature == -1} and a {@code value}.
 * {@code cover} is the number of training rows that reached the node (used by TreeSHAP), {@code gain} the
 * loss reduction of the split (0 at leaves).
 */
public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value, double[] cover,
                   double[] gain) {

    public int size() {
        return feature.length;
    }

    public boolean isLeaf(int node) {
        return feature[node] < 0;
    }

    /** Leaf value for the row {@code row} of feature-major {@code cols}. */
    public double predict(double[][] cols, int row) {
        int n = 0;
        while (feature[n] >= 0) {
            double x = cols[feature[n]][row];
            n = Double.isNaN(x) || x <= threshold[n] ? left[n] : right[n];
        }
        return value[n];
    }

    public double predict(double[] x) {
        int n = 0;
        while (feature[n] >= 0) {
            double v = x[feature[n]];
            n = Double.isNaN(v) || v <= threshold[n] ? left[n] : right[n];
        }
        return value[n];
    }

    public int depth() {
        return depth(0);
    }

    private int depth(int n) {
        return feature[n] < 0 ? 0 : 1 + Math.max(depth(left[n]), depth(right[n]));
    }
}
