package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** The whole lab on the committed telco slice: leaderboard, leakage, holdout, model file, scoring. */
class ChurnLabTest {

    static Dataset telco;
    static ChurnResult result;

    static Path resource(String name) throws Exception {
        return Path.of(ChurnLabTest.class.getResource("/dev/glas/core/churn/" + name).toURI());
    }

    @BeforeAll
    static void run() throws Exception {
        telco = new DataImporter().read(resource("telco_slice.csv"));
        ChurnSetup setup = ChurnSetup.defaults(telco, "Churn", "Yes");
        ChurnOptions opt = new ChurnOptions(List.of(ModelKind.LR, ModelKind.GBM, ModelKind.BLEND), 3, 0.2,
                Balance.NONE, 42, 0, 1);
        result = ChurnLab.run(telco, setup, opt, Progress.NONE, Cancellation.NEVER);
    }

    @Test
    void leaderboardIsSortedAndComplete() {
        assertEquals(3, result.leaderboard().size());
        double prev = Double.POSITIVE_INFINITY;
        for (ModelScore s : result.leaderboard()) {
            double auc = s.mean(FoldMetrics::rocAuc);
            assertTrue(auc <= prev);
            prev = auc;
            assertEquals(3, s.folds().size());
            assertEquals(result.cvRows().length, s.oof().length);
        }
        ModelScore lr = result.score(ModelKind.LR);
        assertTrue(lr.mean(FoldMetrics::rocAuc) > 0.78, "lr auc " + lr.mean(FoldMetrics::rocAuc));
        ModelScore blend = result.score(ModelKind.BLEND);
        assertEquals(2, blend.members().size());
        // the blend's out-of-fold scores are the mean of its members'
        double[] a = result.score(blend.members().get(0)).oof();
        double[] b = result.score(blend.members().get(1)).oof();
        for (int i = 0; i < a.length; i += 97) {
            assertEquals((a[i] + b[i]) / 2, blend.oof()[i], 1e-12);
        }
        // fold metrics are computed on the fold's own rows of the out-of-fold scores
        int[] fold = result.cvFold();
        int[] y = result.yCv();
        int[] f0 = java.util.stream.IntStream.range(0, fold.length).filter(i -> fold[i] == 0).toArray();
        assertEquals(Metrics.rocAuc(Arrays.stream(f0).map(i -> y[i]).toArray(),
                Arrays.stream(f0).mapToDouble(i -> lr.oof()[i]).toArray()), lr.folds().get(0).rocAuc(), 1e-12);
    }

    @Test
    void holdoutIsDisjointFromCvAndTested() {
        assertEquals(result.rows(), result.cvRows().length + result.holdoutRows().length);
        assertTrue(Arrays.stream(result.holdoutRows()).noneMatch(h -> Arrays.stream(result.cvRows()).anyMatch(c -> c == h)));
        assertNotNull(result.holdout());
        assertTrue(result.holdout().rocAuc() > 0.75);
    }

    @Test
    void findsTheIdAndTheVifs() {
        assertTrue(result.leakage().stream().anyMatch(l -> l.column().equals("customerID")
                && l.kind() == LeakSuspect.Kind.IDENTIFIER));
        // numbers and yes/no columns (as 0/1) of the features
        List<String> vifNames = result.vif().stream().map(Collinearity.Vif::feature).toList();
        assertTrue(vifNames.containsAll(List.of("SeniorCitizen", "tenure", "MonthlyCharges", "TotalCharges")), vifNames.toString());
        assertTrue(result.vif().stream().filter(v -> v.feature().equals("TotalCharges")).findFirst().orElseThrow().vif() > 5);
        assertEquals(result.model().features().size(), result.permutation().size());
        assertTrue(result.permutation().get(0).value() > 0.005, result.permutation().toString());
        assertTrue(result.model().features().containsAll(result.permutation().stream().map(Importance::column).toList()));
        double share = result.model().importance().stream().mapToDouble(Importance::value).sum();
        assertTrue(share > 0.99 && share < 1.01, "importance shares sum to 1: " + share);
    }

    @Test
    void flagsDurationAndTargetCopies() throws Exception {
        Dataset bank = new DataImporter().read(resource("bank_slice.csv"));
        int[] y = ChurnLab.labels(bank, "y", "yes");
        int[] rows = java.util.stream.IntStream.range(0, y.length).toArray();
        tech.tablesaw.api.Table t = bank.table().copy();
        tech.tablesaw.api.StringColumn copy = tech.tablesaw.api.StringColumn.create("outcome_flag");
        for (int i = 0; i < y.length; i++) {
            copy.append(y[i] == 1 ? "subscribed" : "not");
        }
        t.addColumns(copy);
        java.util.Map<String, dev.glas.core.data.ColumnType> types = new java.util.LinkedHashMap<>(bank.types());
        types.put("outcome_flag", dev.glas.core.data.ColumnType.CATEGORICAL);
        List<LeakSuspect> s = LeakageCheck.scan(new Dataset("b", t, types, null), "y", y, rows);
        assertTrue(s.stream().anyMatch(l -> l.column().equals("duration") && l.kind() == LeakSuspect.Kind.POST_OUTCOME), s.toString());
        assertTrue(s.stream().anyMatch(l -> l.column().equals("outcome_flag") && l.kind() == LeakSuspect.Kind.NEAR_TARGET));
        assertTrue(s.stream().noneMatch(l -> l.column().equals("age")));
    }

    @Test
    void modelFileRoundTripScoresTheSame(@TempDir Path dir) throws Exception {
        ChurnModel m = result.model();
        Path f = dir.resolve("m.glasmodel");
        ModelFile.save(m, f);
        ChurnModel back = ModelFile.load(f);
        Scorer.Scores a = Scorer.score(m, telco, Progress.NONE, Cancellation.NEVER);
        Scorer.Scores b = Scorer.score(back, telco, Progress.NONE, Cancellation.NEVER);
        assertArrayEquals(a.scores(), b.scores(), 1e-12);
        assertEquals(3, a.reasons().get(0).size());
        assertTrue(a.msPerClient() > 0 && a.singleClientMs() > 0);
        // holdout scores of the lab equal scoring those rows with the saved model
        int[] hold = result.holdoutRows();
        for (int k = 0; k < hold.length; k += 41) {
            assertEquals(result.holdoutScores()[k], b.scores()[hold[k]], 1e-9);
        }
        Path out = dir.resolve("scores.csv");
        Scorer.writeCsv(back, b, out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(telco.rowCount() + 1, lines.size());
        assertTrue(lines.get(0).endsWith("churn_score,churn_label,reason_1,reason_2,reason_3"));
    }

    @Test
    void scoringNamesMissingAndMistypedColumns() throws Exception {
        ChurnModel m = result.model();
        Dataset noTenure = ChurnLab.select(telco, java.util.stream.IntStream.range(0, 10).toArray(),
                telco.columnNames().stream().filter(c -> !c.equals("tenure") && !c.equals("Contract")).toList());
        ChurnException e = assertThrows(ChurnException.class, () -> Scorer.checkSchema(m, noTenure));
        assertEquals("churn.error.schema.missing", e.key());
        assertTrue(e.getMessage().contains("tenure") && e.getMessage().contains("Contract"));

        tech.tablesaw.api.Table t = telco.table().copy();
        tech.tablesaw.api.StringColumn text = tech.tablesaw.api.StringColumn.create("MonthlyCharges");
        for (int i = 0; i < t.rowCount(); i++) {
            text.append("n/a");
        }
        t.replaceColumn("MonthlyCharges", text);
        Dataset bad = new Dataset("bad", t, telco.withType("MonthlyCharges", dev.glas.core.data.ColumnType.TEXT).types(), null);
        ChurnException e2 = assertThrows(ChurnException.class, () -> Scorer.checkSchema(m, bad));
        assertEquals("churn.error.schema.mistyped", e2.key());
        assertTrue(e2.getMessage().contains("MonthlyCharges"));
    }
}
