package dev.glas.core.segment;

import dev.glas.core.i18n.Messages;
import dev.glas.core.prep.FeatureMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Cluster profiles on the original (unscaled) feature values (missing values, NaN, are left out): size, mean
 * and median per feature against the
 * overall figures, z-scores of the cluster means ({@code (mean_c − mean) / std}, population std) for the
 * heatmap, the top distinguishing features (largest |z|) and a suggested short name built from them.
 */
public record Profiles(List<String> features, double[] overallMean, double[] overallMedian, double[] overallStd,
                       List<ClusterProfile> clusters) {

    /** Features with |z| below this are not named as distinguishing. */
    public static final double DISTINGUISHING = 0.25;

    public Profiles {
        features = List.copyOf(features);
        clusters = List.copyOf(clusters);
    }

    /**
     * One cluster.
     *
     * @param top indices of the features with the largest |z|, at most three, each with |z| ≥ 0.25
     */
    public record ClusterProfile(int cluster, int size, double share, double[] mean, double[] median, double[] z,
                                 int[] top, String suggestedName) {
    }

    public static Profiles of(FeatureMatrix original, int[] labels, int k) {
        int d = original.dimensions();
        int n = original.rows();
        double[] mean = new double[d];
        double[] median = new double[d];
        double[] std = new double[d];
        for (int j = 0; j < d; j++) {
            double[] c = Arrays.stream(original.columns()[j]).filter(v -> !Double.isNaN(v)).toArray();
            mean[j] = Arrays.stream(c).average().orElse(Double.NaN);
            double m = mean[j];
            std[j] = c.length == 0 ? Double.NaN : Math.sqrt(Arrays.stream(c).map(v -> (v - m) * (v - m)).sum() / c.length);
            median[j] = median(c);
        }
        List<ClusterProfile> out = new ArrayList<>();
        for (int q = 0; q < k; q++) {
            int size = 0;
            for (int l : labels) {
                if (l == q) {
                    size++;
                }
            }
            double[] cm = new double[d];
            double[] cmed = new double[d];
            double[] z = new double[d];
            for (int j = 0; j < d; j++) {
                double[] c = original.columns()[j];
                double[] vals = new double[size];
                int t = 0;
                double s = 0;
                for (int i = 0; i < n; i++) {
                    if (labels[i] == q && !Double.isNaN(c[i])) {
                        vals[t++] = c[i];
                        s += c[i];
                    }
                }
                cm[j] = t == 0 ? Double.NaN : s / t;
                cmed[j] = t == 0 ? Double.NaN : median(Arrays.copyOf(vals, t));
                z[j] = std[j] > 0 && !Double.isNaN(cm[j]) ? (cm[j] - mean[j]) / std[j] : 0;
            }
            Integer[] order = new Integer[d];
            for (int j = 0; j < d; j++) {
                order[j] = j;
            }
            Arrays.sort(order, Comparator.comparingDouble(j -> -Math.abs(z[j])));
            List<Integer> top = new ArrayList<>();
            for (int j = 0; j < d && top.size() < 3; j++) {
                if (Math.abs(z[order[j]]) >= DISTINGUISHING) {
                    top.add(order[j]);
                }
            }
            int[] topIdx = top.stream().mapToInt(Integer::intValue).toArray();
            out.add(new ClusterProfile(q, size, (double) size / n, cm, cmed, z, topIdx,
                    suggestName(original.names(), z, topIdx)));
        }
        return new Profiles(original.names(), mean, median, std, out);
    }

    /** "balance ↑, age ↓, calls ↑" from the top features; "typical" when nothing stands out. */
    static String suggestName(List<String> names, double[] z, int[] top) {
        if (top.length == 0) {
            return Messages.get("segment.profile.typical");
        }
        List<String> parts = new ArrayList<>();
        for (int j : top) {
            String strength = Math.abs(z[j]) >= 1 ? (z[j] > 0 ? "↑↑" : "↓↓") : (z[j] > 0 ? "↑" : "↓");
            parts.add(names.get(j) + " " + strength);
        }
        return String.join(", ", parts);
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(v);
        int h = v.length / 2;
        return v.length % 2 == 1 ? v[h] : (v[h - 1] + v[h]) / 2;
    }

    /** z-score heatmap: rows = clusters, columns = features. */
    public double[][] zMatrix() {
        double[][] m = new double[clusters.size()][];
        for (int q = 0; q < m.length; q++) {
            m[q] = clusters.get(q).z().clone();
        }
        return m;
    }
}
