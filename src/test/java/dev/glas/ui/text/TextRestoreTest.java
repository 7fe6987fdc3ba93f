package dev.glas.ui.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import dev.glas.core.project.Project;
import dev.glas.core.project.analyses.TextAnalysis;
import dev.glas.core.text.TextClassification;
import dev.glas.core.text.TextClustering;
import dev.glas.ui.common.RestoreSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts: train, label, find themes, save the project, open it in fresh view models; the same view comes back. */
class TextRestoreTest {

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
    void classifierLabelsThemesAndDashboardComeBack() throws Exception {
        Path data = dir.resolve("cedr.csv");
        Files.copy(Path.of(TextRestoreTest.class.getResource("/dev/glas/core/text/cedr_slice.csv").toURI()), data);
        RestoreSession one = new RestoreSession().openData(data);
        TextViewModel a = new TextViewModel(one.state, one.tasks, one.dialogs);
        a.textColumnProperty().set("text");
        a.labelColumnProperty().set("label");
        a.trainTfidf();
        a.classify();
        a.breakdownColumnProperty().set("source");
        a.kMinProperty().set(3);
        a.kMaxProperty().set(4);
        a.cluster();
        a.renameTheme(1, "Грусть");
        assertTrue(one.dialogs.errors().isEmpty(), one.dialogs.errors().toString());
        TextClassification.Result labelled = a.lastClassificationProperty().get();
        TextClustering.Result themes = a.clusteringProperty().get();
        assertNotNull(labelled);
        assertNotNull(themes);

        Path file = dir.resolve("texts.glas");
        Project saved = one.saveAs(file);
        TextAnalysis.State st = saved.get(TextAnalysis.INSTANCE).orElseThrow();
        assertEquals(TextAnalysis.State.TRAINED, st.classifier());
        assertTrue(st.classified());
        assertEquals("label", st.labelColumn());
        assertEquals(3, st.themesKMin());
        assertEquals(Map.of(1, "Грусть"), st.themeNames());
        assertEquals("source", st.breakdown());
        assertTrue(saved.attachment(TextAnalysis.MODEL_ENTRY).isPresent(), "the trained model is kept");

        RestoreSession two = new RestoreSession();
        TextViewModel b = new TextViewModel(two.state, two.tasks, two.dialogs);
        two.open(file);
        assertTrue(two.dialogs.errors().isEmpty(), two.dialogs.errors().toString());
        assertEquals(List.of(), two.project.sourceMessages().stream().filter(m -> m.contains("restored")).toList());
        assertEquals("text", b.textColumnProperty().get());
        assertEquals("label", b.labelColumnProperty().get());
        assertEquals(1, b.models().size());
        assertEquals(a.models().getFirst().name(), b.models().getFirst().name());
        TextClassification.Result again = b.lastClassificationProperty().get();
        assertNotNull(again);
        assertEquals(labelled.labelCounts(), again.labelCounts());
        assertEquals(labelled.evaluation().macroF1(), again.evaluation().macroF1(), 1e-12);
        assertTrue(two.state.currentDataset().columnNames().contains(labelled.labelColumn()));
        assertEquals(a.distribution().stream().map(c -> c.row() + "=" + c.count()).toList(),
                b.distribution().stream().map(c -> c.row() + "=" + c.count()).toList());
        assertEquals("source", b.breakdownColumnProperty().get());
        assertNotNull(b.breakdownProperty().get());
        TextClustering.Result themesAgain = b.clusteringProperty().get();
        assertNotNull(themesAgain);
        assertEquals(themes.k(), themesAgain.k());
        assertArrayEquals(themes.assignment(), themesAgain.assignment(), "same seed, same themes");
        assertEquals(a.themes().stream().map(t -> t.nameProperty().get()).toList(),
                b.themes().stream().map(t -> t.nameProperty().get()).toList());
        assertEquals("Грусть", b.themes().get(1).nameProperty().get());

        // glas run / the Excel report re-run the page's analysis from the project: same labels and themes
        var run = dev.glas.core.project.ProjectRunner.run(saved, file, two.importer,
                dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        var text = run.runs().stream().filter(r -> r.id().equals("text")).findFirst().orElseThrow();
        assertTrue(text.ok(), text.error());
        var res = (dev.glas.core.report.sections.TextSection.Result) text.result();
        assertEquals(labelled.labelCounts(), res.classification().labelCounts());
        assertArrayEquals(themes.assignment(), res.themes().assignment());
    }
}
