package dev.glas.ui.churn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.churn.Balance;
import dev.glas.core.churn.ChurnResult;
import dev.glas.core.churn.FoldMetrics;
import dev.glas.core.churn.ModelKind;
import dev.glas.core.churn.ModelScore;
import dev.glas.core.i18n.Messages;
import dev.glas.core.project.Project;
import dev.glas.core.project.ProjectFile;
import dev.glas.core.project.analyses.ChurnAnalysis;
import dev.glas.core.project.analyses.ChurnSnapshot;
import dev.glas.ui.common.RestoreSession;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Churn: run, save the project, open it in fresh view models; the result comes back from the stored model. */
class ChurnRestoreTest {

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void reset() {
        Messages.setLocale(Messages.defaultLocale());
    }

    @Test
    void leaderboardThresholdAndCostsComeBackWithoutRetraining() throws Exception {
        Path data = RestoreSession.sample(dir, "telco_churn.csv");
        RestoreSession one = new RestoreSession().openData(data);
        ChurnViewModel a = new ChurnViewModel(one.state, one.tasks, one.dialogs);
        a.useRfProperty().set(false);
        a.foldsProperty().set(3);
        a.balanceProperty().set(Balance.WEIGHTS);
        a.features().stream().filter(f -> f.name().equals("gender")).forEach(f -> f.selected().set(false));
        int scale = a.prep().steps().indexOf(a.prep().steps().stream()
                .filter(s -> s instanceof dev.glas.core.prep.Scale).findFirst().orElseThrow());
        a.prep().steps().set(scale, new dev.glas.core.prep.Scale(List.of(), dev.glas.core.prep.Scale.Method.ROBUST));
        a.run();
        assertTrue(one.dialogs.errors().isEmpty(), one.dialogs.errors().toString());
        ChurnResult before = a.resultProperty().get();
        assertNotNull(before);
        a.shownModelProperty().set(ModelKind.LR);
        a.costMissedProperty().set(800);
        a.costContactProperty().set(40);
        a.thresholdProperty().set(0.3);

        Path file = dir.resolve("telco.glas");
        Project saved = one.saveAs(file);
        ChurnAnalysis.State st = saved.get(ChurnAnalysis.INSTANCE).orElseThrow();
        assertEquals("Churn", st.target());
        assertEquals(0.3, st.threshold());
        assertEquals(800.0, st.costMissed());
        assertEquals("lr", st.shownModel());
        assertEquals("weights", st.balance());
        assertEquals(3, st.folds());
        assertEquals(List.copyOf(a.prep().steps()), st.stepList());
        assertTrue(saved.attachment(ChurnAnalysis.MODEL_ENTRY).isPresent());
        assertTrue(saved.attachment(ChurnSnapshot.ENTRY).isPresent());

        RestoreSession two = new RestoreSession();
        ChurnViewModel b = new ChurnViewModel(two.state, two.tasks, two.dialogs);
        two.open(file);
        assertTrue(two.dialogs.errors().isEmpty(), two.dialogs.errors().toString());
        ChurnResult after = b.resultProperty().get();
        assertNotNull(after, two.project.sourceMessages().toString());
        assertEquals(before.seconds(), after.seconds(), "the stored result, not a new run");
        assertSameLab(before, after);
        assertEquals(ModelKind.LR, b.shownModelProperty().get());
        assertEquals(0.3, b.thresholdProperty().get());
        assertEquals(800, b.costMissedProperty().get());
        assertEquals(40, b.costContactProperty().get());
        assertEquals(a.confusionProperty().get(), b.confusionProperty().get());
        assertEquals(a.thresholdTextProperty().get(), b.thresholdTextProperty().get());
        assertEquals(Balance.WEIGHTS, b.balanceProperty().get());
        assertEquals(3, b.foldsProperty().get());
        assertEquals(a.chosenFeatures(), b.chosenFeatures());
        assertEquals(List.copyOf(a.prep().steps()), List.copyOf(b.prep().steps()), "the edited steps come back");
        assertEquals(before.model().features(), after.model().features());
        assertEquals(before.model().modelName(), after.model().modelName());

        // glas run / the Excel report re-run the lab from the project's state and find the same leaderboard
        var run = dev.glas.core.project.ProjectRunner.run(saved, file, two.importer,
                dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        var lab = run.runs().stream().filter(r -> r.id().equals("churn.lab")).findFirst().orElseThrow();
        assertTrue(lab.ok(), lab.error());
        assertSameLab(before, ((ChurnAnalysis.Result) lab.result()).lab());
        assertEquals(0.3, ((ChurnAnalysis.Result) lab.result()).model().threshold());

        // without the stored lab result the lab runs again with the stored seed and finds the same leaderboard
        Map<String, byte[]> att = new LinkedHashMap<>(saved.attachments());
        att.remove(ChurnSnapshot.ENTRY);
        ProjectFile.save(new Project(saved.name(), saved.createdAt(), saved.sources(), saved.preparation(),
                saved.sections(), saved.segments(), saved.clusterNames(), saved.chartChoices(), att), file,
                ProjectFile.SaveOptions.DEFAULT);
        RestoreSession three = new RestoreSession();
        ChurnViewModel c = new ChurnViewModel(three.state, three.tasks, three.dialogs);
        three.open(file);
        assertTrue(three.dialogs.errors().isEmpty(), three.dialogs.errors().toString());
        assertSameLab(before, c.resultProperty().get());
        assertEquals(0.3, c.thresholdProperty().get());
        assertEquals(a.confusionProperty().get(), c.confusionProperty().get());
    }

    private static void assertSameLab(ChurnResult x, ChurnResult y) {
        assertEquals(kinds(x.leaderboard()), kinds(y.leaderboard()));
        for (int i = 0; i < x.leaderboard().size(); i++) {
            assertEquals(x.leaderboard().get(i).mean(FoldMetrics::rocAuc), y.leaderboard().get(i).mean(FoldMetrics::rocAuc),
                    1e-12);
            assertArrayEquals(x.leaderboard().get(i).oof(), y.leaderboard().get(i).oof(), 1e-12);
        }
        assertArrayEquals(x.cvRows(), y.cvRows());
        assertArrayEquals(x.holdoutScores(), y.holdoutScores(), 1e-12);
        assertEquals(x.vif(), y.vif());
        assertEquals(x.permutation(), y.permutation());
        assertEquals(x.setup().features(), y.setup().features());
    }

    private static List<ModelKind> kinds(List<ModelScore> board) {
        return board.stream().map(ModelScore::kind).toList();
    }
}
