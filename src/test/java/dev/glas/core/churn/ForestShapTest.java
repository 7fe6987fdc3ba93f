package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random-forest reasons are exact path-dependent TreeSHAP values in probability space: checked against the
 * definition (Shapley values by brute force over every feature subset, the value of a subset being the tree's
 * cover-weighted expectation with the other features integrated out), against Lundberg's Algorithm 2
 * ({@link TreeShap}) on deep trees with many features, and for local accuracy (values + expected value =
 * predicted probability).
 */
class ForestShapTest {

    @Test
    void forestShapEqualsBruteForceShapley() {
        SplittableRandom r = new SplittableRandom(11);
        int n = 500;
        int p = 6;
        double[][] x = new double[p][n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < p; f++) {
                x[f][i] = f == 5 ? r.nextInt(3) : r.nextDouble();
            }
            y[i] = x[0][i] + 0.6 * x[1][i] * x[2][i] - 0.2 * x[5][i] + 0.3 * r.nextGaussian() > 0.6 ? 1 : 0;
        }
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        // deep trees (no depth limit): paths split on the same feature many times
        TreeEnsemble rf = RandomForest.fit(x, y, null, all, new RandomForest.Params(15, 2, 0, 3, 7), Progress.NONE,
                Cancellation.NEVER);
        assertTrue(rf.trees().stream().mapToInt(Tree::depth).max().orElse(0) > p, "trees deeper than the feature count");
        double[] pred = rf.predict(x);
        int[] checked = {0, 1, 7, 123, 499};
        double[][] batch = rf.contributions(x, checked); // explained tree by tree with plans
        for (int c = 0; c < checked.length; c++) {
            int row = checked[c];
            double[] xr = new double[p];
            for (int f = 0; f < p; f++) {
                xr[f] = x[f][row];
            }
            double[] shap = rf.contributions(x, new int[] {row})[0];
            double[] inBatch = batch[c];
            double[] noPlan = new double[p + 1];
            QuadratureShap rowByRow = new QuadratureShap(p);
            for (Tree t : rf.trees()) {
                rowByRow.explain(t, t.depth(), xr, noPlan, 1.0 / rf.trees().size());
            }
            double[] brute = new double[p + 1];
            for (Tree t : rf.trees()) {
                double[] one = BruteForceShapley.of(t, xr, p);
                for (int f = 0; f <= p; f++) {
                    brute[f] += one[f] / rf.trees().size();
                }
            }
            for (int f = 0; f <= p; f++) {
                assertEquals(brute[f], shap[f], 1e-10, "feature " + f + " row " + row);
                assertEquals(brute[f], inBatch[f], 1e-10, "batch: feature " + f + " row " + row);
                assertEquals(brute[f], noPlan[f], 1e-10, "without plan: feature " + f + " row " + row);
            }
            // local accuracy: the SHAP values sum to prediction − expected value
            double sum = Arrays.stream(shap, 0, p).sum();
            assertEquals(pred[row] - shap[p], sum, 1e-10, "row " + row);
        }
    }

    @Test
    void forestShapEqualsAlgorithmTwoOnDeepTrees() {
        List<String[]> rows = TestData.rows("bank_slice.csv", ";");
        double[][] x = ModelsTest.bankNumbers(rows);
        int[] y = ModelsTest.bankLabels(rows);
        int[] all = java.util.stream.IntStream.range(0, y.length).toArray();
        TreeEnsemble rf = RandomForest.fit(x, y, null, all, new RandomForest.Params(10, 1, 0, 0, 3), Progress.NONE,
                Cancellation.NEVER);
        int[] some = {0, 5, 17, 99, 1000, 2000};
        double[][] fast = rf.contributions(x, some);
        double[] pred = rf.predict(x);
        TreeShap reference = new TreeShap();
        for (int k = 0; k < some.length; k++) {
            double[] xr = new double[x.length];
            for (int f = 0; f < x.length; f++) {
                xr[f] = x[f][some[k]];
            }
            double[] phi = new double[x.length + 1];
            for (Tree t : rf.trees()) {
                reference.explain(t, xr, phi, 1.0 / rf.trees().size());
            }
            for (int f = 0; f <= x.length; f++) {
                assertEquals(phi[f], fast[k][f], 1e-10, "feature " + f + " row " + some[k]);
            }
            assertEquals(pred[some[k]], Arrays.stream(fast[k]).sum(), 1e-10);
        }
    }

    @Test
    void plansGiveTheValuesOfTheRowByRowForm() {
        List<String[]> rows = TestData.rows("bank_slice.csv", ";");
        double[][] x = ModelsTest.bankNumbers(rows);
        int[] y = ModelsTest.bankLabels(rows);
        int[] all = java.util.stream.IntStream.range(0, y.length).toArray();
        TreeEnsemble rf = RandomForest.fit(x, y, null, all, new RandomForest.Params(12, 1, 0, 0, 5), Progress.NONE,
                Cancellation.NEVER);
        int[] batch = java.util.stream.IntStream.range(0, 300).map(i -> i * 7 % y.length).toArray();
        double[][] fast = rf.contributions(x, batch);
        double[] pred = rf.predict(x);
        QuadratureShap rowByRow = new QuadratureShap(x.length);
        for (int k = 0; k < batch.length; k++) {
            double[] one = new double[x.length + 1]; // the form without plans
            double[] xr = new double[x.length];
            for (int f = 0; f < x.length; f++) {
                xr[f] = x[f][batch[k]];
            }
            for (Tree t : rf.trees()) {
                rowByRow.explain(t, t.depth(), xr, one, 1.0 / rf.trees().size());
            }
            // one row alone gives exactly the same values as in a batch
            assertArrayEquals(fast[k], rf.contributions(x, new int[] {batch[k]})[0]);
            for (int f = 0; f <= x.length; f++) {
                assertEquals(one[f], fast[k][f], 1e-12, "feature " + f + " row " + batch[k]);
            }
            assertEquals(pred[batch[k]], Arrays.stream(fast[k]).sum(), 1e-10);
        }
        // a plan's quadrature has ⌈u/2⌉ nodes for u distinct features on the longest path, never more than by depth
        for (Tree t : rf.trees()) {
            QuadratureShap.Plan plan = QuadratureShap.plan(t);
            assertTrue(plan.q <= Math.max(1, (Math.min(t.depth(), x.length) + 1) / 2));
            assertEquals(t.depth(), plan.depth);
        }
    }

    @Test
    void gaussLegendreIsExactUpToDegreeTwoNMinusOne() {
        for (int n = 1; n <= 20; n++) {
            double[][] gl = QuadratureShap.gaussLegendre(n);
            for (int deg = 0; deg <= 2 * n - 1; deg++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += gl[1][k] * Math.pow(gl[0][k], deg);
                }
                assertEquals(1.0 / (deg + 1), s, 1e-13, "n " + n + " degree " + deg);
            }
        }
    }
}
