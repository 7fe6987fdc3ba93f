package dev.glas.core.segment;

import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.task.Cancellation;

/**
 * The alternative to the tree: logistic regression (Smile; binomial for k = 2, multinomial above) predicting
 * the cluster from the prepared features, with its fidelity (accuracy, recall per cluster) on all rows. It is
 * fitted on a seeded sample of up to 20,000 rows.
 */
public final class LogisticExplainer {

    static final int MAX_ROWS = 20_000;

    private LogisticExplainer() {
    }

    /**
     * The fitted model as coefficients per cluster: {@code coefficients[c][j]} for feature j, centred over the
     * clusters (softmax is unchanged by adding one vector to every class), so a positive value means the feature
     * raises the odds of cluster c against the average cluster; features are the prepared (e.g. z-scored) ones.
     * {@link #predict} uses these and gives the same cluster as the Smile model.
     */
    public record Explanation(ClusterTree.Fidelity fidelity, java.util.List<String> features, double[][] coefficients,
                              double[] intercepts) {
        public Explanation {
            features = java.util.List.copyOf(features);
        }

        public int predict(double[] row) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < coefficients.length; c++) {
                double sc = intercepts[c];
                for (int j = 0; j < row.length; j++) {
                    sc += coefficients[c][j] * row[j];
                }
                if (sc > bestScore) {
                    bestScore = sc;
                    best = c;
                }
            }
            return best;
        }

        /** Indices of the {@code n} features with the largest |coefficient| for cluster {@code c}, largest first. */
        public int[] top(int c, int n) {
            return java.util.stream.IntStream.range(0, features.size()).boxed()
                    .sorted((a, b) -> Double.compare(Math.abs(coefficients[c][b]), Math.abs(coefficients[c][a])))
                    .limit(n).mapToInt(Integer::intValue).toArray();
        }
    }

    public static ClusterTree.Fidelity fidelity(FeatureMatrix x, int[] labels, int k, long seed,
                                                Cancellation cancellation) {
        return explain(x, labels, k, seed, cancellation).fidelity();
    }

    public static Explanation explain(FeatureMatrix x, int[] labels, int k, long seed, Cancellation cancellation) {
        int[] rows = ClusterMetrics.sample(x.rows(), MAX_ROWS, seed);
        FeatureMatrix s = x.rows(rows);
        int[] y = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = labels[rows[i]];
        }
        cancellation.check();
        smile.classification.LogisticRegression lr = smile.classification.LogisticRegression.fit(s.toRows(), y);
        cancellation.check();
        double[][] all = x.toRows();
        int ok = 0;
        int[] hit = new int[k];
        int[] total = new int[k];
        for (int i = 0; i < all.length; i++) {
            int p = lr.predict(all[i]);
            total[labels[i]]++;
            if (p == labels[i]) {
                ok++;
                hit[labels[i]]++;
            }
        }
        double[] recall = new double[k];
        for (int c = 0; c < k; c++) {
            recall[c] = total[c] == 0 ? Double.NaN : (double) hit[c] / total[c];
        }
        int d = x.names().size();
        double[][] w = new double[k][d + 1]; // last column: bias; Smile's last class is the reference (zeros)
        if (lr instanceof smile.classification.LogisticRegression.Binomial b) {
            w[1] = b.coefficients().clone();
        } else if (lr instanceof smile.classification.LogisticRegression.Multinomial m) {
            double[][] cf = m.coefficients();
            for (int c = 0; c < cf.length; c++) {
                w[c] = cf[c].clone();
            }
        }
        double[][] coef = new double[k][d];
        double[] bias = new double[k];
        for (int j = 0; j <= d; j++) {
            double mean = 0;
            for (int c = 0; c < k; c++) {
                mean += w[c][j] / k;
            }
            for (int c = 0; c < k; c++) {
                if (j < d) {
                    coef[c][j] = w[c][j] - mean;
                } else {
                    bias[c] = w[c][j] - mean;
                }
            }
        }
        return new Explanation(new ClusterTree.Fidelity((double) ok / all.length, recall), x.names(), coef, bias);
    }
}
