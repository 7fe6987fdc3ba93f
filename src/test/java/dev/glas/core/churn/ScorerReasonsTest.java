package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reason policy of bulk scoring with a random forest (exact forest TreeSHAP, the costly reasons): positive explains
 * exactly the rows at or above the threshold, with the very values the all policy gives them; none explains none.
 */
class ScorerReasonsTest {

    static Dataset telco;
    static ChurnModel model;

    @BeforeAll
    static void train() throws Exception {
        telco = new DataImporter().read(ChurnLabTest.resource("telco_slice.csv"));
        ChurnSetup setup = ChurnSetup.defaults(telco, "Churn", "Yes");
        ChurnOptions opt = new ChurnOptions(List.of(ModelKind.RF), 2, 0.0,
                Balance.NONE, 5, 0, 1);
        ChurnModel m = ChurnLab.run(telco, setup, opt, Progress.NONE, Cancellation.NEVER).model();
        // a threshold that leaves clients on both sides
        double[] p = Scorer.score(m, telco, ReasonRows.NONE, Progress.NONE, Cancellation.NEVER).scores().clone();
        Arrays.sort(p);
        model = m.withThreshold(p[(int) (p.length * 0.8)]);
    }

    @Test
    void positiveExplainsRowsAtOrAboveTheThresholdWithTheValuesOfAll(@TempDir Path dir) throws Exception {
        assertEquals("rf", model.modelName());
        Scorer.Scores all = Scorer.score(model, telco, ReasonRows.ALL, Progress.NONE, Cancellation.NEVER);
        Scorer.Scores pos = Scorer.score(model, telco, ReasonRows.POSITIVE, Progress.NONE, Cancellation.NEVER);
        assertArrayEquals(all.scores(), pos.scores());
        assertArrayEquals(all.positive(), pos.positive());
        int above = 0;
        for (int i = 0; i < telco.rowCount(); i++) {
            assertEquals(Scorer.REASONS, all.reasons().get(i).size());
            if (all.scores()[i] >= model.threshold()) {
                above++;
                assertEquals(all.reasons().get(i), pos.reasons().get(i), "row " + i); // exact doubles
            } else {
                assertEquals(List.of(), pos.reasons().get(i), "row " + i);
            }
        }
        assertTrue(above > 100 && above < telco.rowCount() - 100, "both sides: " + above);
        assertEquals(above, pos.explained());
        assertEquals(telco.rowCount(), all.explained());
        assertEquals(ReasonRows.POSITIVE, pos.reasonRows());
        // the CSV: rows below the threshold have empty reason cells
        Path out = dir.resolve("s.csv");
        Scorer.writeCsv(model, pos, out);
        List<String> lines = Files.readAllLines(out);
        for (int i = 0; i < telco.rowCount(); i++) {
            String line = lines.get(i + 1);
            assertEquals(!pos.positive()[i], line.endsWith(",,,"), line);
        }
    }

    @Test
    void noneExplainsNoRow() throws Exception {
        Scorer.Scores none = Scorer.score(model, telco, ReasonRows.NONE, Progress.NONE, Cancellation.NEVER);
        assertEquals(0, none.explained());
        assertTrue(none.reasons().stream().allMatch(List::isEmpty));
        assertEquals(telco.rowCount(), none.reasons().size());
        assertTrue(none.singleClientMs() > 0);
    }

    @Test
    void parsesTheCliSpelling() throws Exception {
        assertEquals(ReasonRows.ALL, ReasonRows.parse("all"));
        assertEquals(ReasonRows.POSITIVE, ReasonRows.parse(" Positive "));
        assertEquals(ReasonRows.NONE, ReasonRows.parse("NONE"));
        ChurnException e = assertThrows(ChurnException.class, () -> ReasonRows.parse("some"));
        assertEquals("churn.error.reasons", e.key());
        assertTrue(ReasonRows.POSITIVE.explains(true) && !ReasonRows.POSITIVE.explains(false));
        assertTrue(ReasonRows.ALL.explains(false) && !ReasonRows.NONE.explains(true));
    }
}
