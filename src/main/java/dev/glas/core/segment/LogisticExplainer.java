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

    public static ClusterTree.Fidelity fidelity(FeatureMatrix x, int[] labels, int k, long seed,
                                                Cancellation cancellation) {
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
        return new ClusterTree.Fidelity((double) ok / all.length, recall);
    }
}
