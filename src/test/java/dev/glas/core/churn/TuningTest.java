package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.CancelledException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Random search keeps to its time budget, stays inside the training set, and stops on cancellation. */
class TuningTest {

    @Test
    void searchesWithinTheBudget() {
        List<String[]> rows = TestData.rows("bank_slice.csv", ";");
        double[][] x = ModelsTest.bankNumbers(rows);
        int[] y = ModelsTest.bankLabels(rows);
        TrainingSet ts = new TrainingSet(x, y, null);
        long t0 = System.nanoTime();
        Tuning.Fitted f = Tuning.fit(ModelKind.GBM, ts, 1.0, 3, Cancellation.NEVER);
        double secs = (System.nanoTime() - t0) / 1e9;
        assertTrue(secs < 1.0 + 8, "one candidate may overrun the budget, not more: " + secs);
        assertTrue(f.model() instanceof TreeEnsemble);
        Tuning.Fitted lr = Tuning.fit(ModelKind.LR, ts, 0.3, 3, Cancellation.NEVER);
        assertTrue(lr.params().startsWith("c="), lr.params());
        Tuning.Fitted plain = Tuning.fit(ModelKind.LR, ts, 0, 3, Cancellation.NEVER);
        assertNotEquals(null, plain.model());
    }

    @Test
    void cancellationStopsTheSearch() {
        List<String[]> rows = TestData.rows("bank_slice.csv", ";");
        TrainingSet ts = new TrainingSet(ModelsTest.bankNumbers(rows), ModelsTest.bankLabels(rows), null);
        Cancellation c = new Cancellation();
        c.cancel();
        try {
            Tuning.fit(ModelKind.RF, ts, 5, 1, c);
            throw new AssertionError("expected cancellation");
        } catch (CancelledException expected) {
            // stopped
        }
    }

    @Test
    void hyperparametersReadInSklearnNotation() {
        assertEquals("c=1, max_iter=50", Tuning.describe(new LogisticRegression.Params(1.0, 50)));
        assertEquals("learning_rate=0.01235, max_iter=100, max_leaves=31, max_depth=0, min_samples_leaf=20, l2=0, "
                + "max_bins=255, early_stopping=auto", Tuning.describe(new HistGbm.Params(0.0123456, 100, 31, 0, 20,
                0.0, 255, "auto", 42)));
    }
}
