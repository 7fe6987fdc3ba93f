package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Logistic regression equals scikit-learn; the tree models learn, are deterministic, and explain exactly. */
class ModelsTest {

    private static final List<String> COLS = List.of("age", "balance", "day", "duration", "campaign", "pdays", "previous");

    static double[][] bankNumbers(List<String[]> rows) {
        double[][] x = new double[COLS.size()][];
        for (int j = 0; j < x.length; j++) {
            double[] v = TestData.column(rows, COLS.get(j));
            double m = Arrays.stream(v).average().orElse(0);
            double sd = Math.sqrt(Arrays.stream(v).map(a -> (a - m) * (a - m)).sum() / v.length);
            x[j] = Arrays.stream(v).map(a -> (a - m) / sd).toArray();
        }
        return x;
    }

    static int[] bankLabels(List<String[]> rows) {
        int c = List.of(rows.get(0)).indexOf("y");
        return rows.stream().skip(1).mapToInt(r -> r[c].replace("\"", "").equals("yes") ? 1 : 0).toArray();
    }

    @Test
    void logisticRegressionEqualsSklearn() {
        List<String[]> rows = TestData.rows("bank_slice.csv", ";");
        double[][] x = bankNumbers(rows);
        int[] y = bankLabels(rows);
        int[] all = java.util.stream.IntStream.range(0, y.length).toArray();
        JsonNode e = TestData.json("lr_expected.json").get("models");
        LinearModel plain = LogisticRegression.fit(x, y, null, all, LogisticRegression.Params.defaults(), Cancellation.NEVER);
        assertArrayEquals(MetricsTest.doubles(e.get("none").get("coef")), plain.coef(), 1e-5);
        assertEquals(e.get("none").get("intercept").asDouble(), plain.intercept(), 1e-5);
        LinearModel weighted = LogisticRegression.fit(x, y, TrainingSet.balancedWeights(y), all,
                LogisticRegression.Params.defaults(), Cancellation.NEVER);
        assertArrayEquals(MetricsTest.doubles(e.get("balanced").get("coef")), weighted.coef(), 1e-5);
        assertEquals(e.get("balanced").get("intercept").asDouble(), weighted.intercept(), 1e-5);
    }

    @Test
    void treeModelsLearnAndAreDeterministic() {
        List<String[]> rows = TestData.rows("bank_slice.csv", ";");
        double[][] x = bankNumbers(rows);
        int[] y = bankLabels(rows);
        int[] all = java.util.stream.IntStream.range(0, y.length).toArray();
        int[] fold = Folds.stratifiedKFold(y, all, 4, 1);
        int[] tr = Arrays.stream(all).filter(i -> fold[i] != 0).toArray();
        int[] te = Arrays.stream(all).filter(i -> fold[i] == 0).toArray();
        int[] yte = Arrays.stream(te).map(i -> y[i]).toArray();
        TreeEnsemble gbm = HistGbm.fit(x, y, null, tr, HistGbm.Params.defaults(3), Progress.NONE, Cancellation.NEVER);
        TreeEnsemble gbm2 = HistGbm.fit(x, y, null, tr, HistGbm.Params.defaults(3), Progress.NONE, Cancellation.NEVER);
        TreeEnsemble rf = RandomForest.fit(x, y, null, tr, RandomForest.Params.defaults(3), Progress.NONE, Cancellation.NEVER);
        double[] pg = gbm.predict(x);
        assertArrayEquals(pg, gbm2.predict(x), 0);
        double aucG = Metrics.rocAuc(yte, Arrays.stream(te).mapToDouble(i -> pg[i]).toArray());
        double[] pr = rf.predict(x);
        double aucR = Metrics.rocAuc(yte, Arrays.stream(te).mapToDouble(i -> pr[i]).toArray());
        assertTrue(aucG > 0.82, "gbm auc " + aucG);
        assertTrue(aucR > 0.82, "rf auc " + aucR);
        assertTrue(gbm.trees().stream().allMatch(t -> t.size() <= 2 * 31 - 1));
    }

    @Test
    void contributionsSumToTheOutput() {
        List<String[]> rows = TestData.rows("bank_slice.csv", ";");
        double[][] x = bankNumbers(rows);
        int[] y = bankLabels(rows);
        int[] all = java.util.stream.IntStream.range(0, y.length).toArray();
        TreeEnsemble gbm = HistGbm.fit(x, y, null, all, HistGbm.Params.defaults(3), Progress.NONE, Cancellation.NEVER);
        TreeEnsemble rf = RandomForest.fit(x, y, null, all, new RandomForest.Params(20, 5, 0, 0, 3), Progress.NONE,
                Cancellation.NEVER);
        int[] some = {0, 5, 17, 99, 2000};
        double[][] cg = gbm.contributions(x, some);
        double[][] cr = rf.contributions(x, some);
        double[] pg = gbm.predict(x);
        double[] pr = rf.predict(x);
        for (int k = 0; k < some.length; k++) {
            double logit = Math.log(pg[some[k]] / (1 - pg[some[k]]));
            assertEquals(logit, Arrays.stream(cg[k]).sum(), 1e-9);
            assertEquals(pr[some[k]], Arrays.stream(cr[k]).sum(), 1e-9);
        }
    }

    /** TreeSHAP equals the Shapley values computed by brute force over all feature subsets on a small tree. */
    @Test
    void treeShapEqualsBruteForceShapley() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 400;
        int p = 4;
        double[][] x = new double[p][n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < p; f++) {
                x[f][i] = r.nextDouble();
            }
            y[i] = x[0][i] + 0.5 * x[1][i] * x[2][i] + 0.2 * r.nextGaussian() > 0.7 ? 1 : 0;
        }
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        TreeEnsemble m = HistGbm.fit(x, y, null, all, new HistGbm.Params(0.3, 3, 8, 4, 5, 0, 255, "off", 1),
                Progress.NONE, Cancellation.NEVER);
        for (int row : new int[] {0, 1, 2, 50}) {
            double[] xr = new double[p];
            for (int f = 0; f < p; f++) {
                xr[f] = x[f][row];
            }
            double[] shap = m.contributions(x, new int[] {row})[0];
            double[] brute = new double[p];
            for (Tree t : m.trees()) {
                double[] one = BruteForceShapley.of(t, xr, p);
                for (int f = 0; f < p; f++) {
                    brute[f] += one[f];
                }
            }
            for (int f = 0; f < p; f++) {
                assertEquals(brute[f], shap[f], 1e-9, "feature " + f + " row " + row);
            }
        }
    }

    @Test
    void compactFeaturesTurnOneHotBlocksIntoCodes() {
        List<String> prepared = List.of("age", "job=a", "job=b", "job=c", "loan=no", "loan=yes", "balance");
        List<int[]> g = CompactModel.groups(prepared, List.of("age", "job", "loan", "balance"));
        assertEquals(4, g.size());
        assertArrayEquals(new int[] {1, 2, 3}, g.get(1));
        double[][] cols = {{30, 40, 50}, {0, 1, 0}, {0, 0, 0}, {1, 0, 0}, {1, 0, 1}, {0, 1, 0}, {5, 6, 7}};
        double[][] c = CompactModel.compact(cols, g);
        assertArrayEquals(new double[] {2, 0, -1}, c[1], 0);
        assertArrayEquals(new double[] {0, 1, 0}, c[2], 0);
        assertArrayEquals(cols[6], c[3], 0);
        int[] y = {0, 1, 1};
        TreeEnsemble inner = HistGbm.fit(c, y, null, new int[] {0, 1, 2},
                new HistGbm.Params(0.1, 3, 4, 0, 1, 0, 255, "off", 1), Progress.NONE, Cancellation.NEVER);
        CompactModel m = new CompactModel(inner, g, prepared.size());
        assertArrayEquals(inner.predict(c), m.predict(cols), 0);
        double[][] phi = m.contributions(cols, new int[] {0, 1, 2});
        double[] p = m.predict(cols);
        for (int k = 0; k < 3; k++) {
            assertEquals(Math.log(p[k] / (1 - p[k])), Arrays.stream(phi[k]).sum(), 1e-9);
        }
    }
}
