package dev.glas.ui.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glas.core.i18n.Messages;
import dev.glas.core.prep.Log1p;
import dev.glas.core.project.Project;
import dev.glas.core.project.ProjectFile;
import dev.glas.core.project.SectionState;
import dev.glas.core.project.analyses.RfmAnalysis;
import dev.glas.core.project.analyses.SegmentAnalysis;
import dev.glas.core.segment.Projection;
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

/** Segments and RFM: run, save the project, open it in a fresh set of view models, the same view comes back. */
class SegmentRestoreTest {

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

    private record Pages(SegmentViewModel seg, ClusterInsightsViewModel insights, RfmViewModel rfm) {
        static Pages on(RestoreSession s) {
            SegmentViewModel seg = new SegmentViewModel(s.state, s.tasks, s.dialogs);
            return new Pages(seg, new ClusterInsightsViewModel(seg), new RfmViewModel(s.state, s.tasks, s.dialogs));
        }
    }

    @Test
    void segmentsAndRfmComeBackAsTheyWere() throws Exception {
        Path data = RestoreSession.sample(dir, "online_retail.csv");
        RestoreSession one = new RestoreSession().openData(data);
        Pages a = Pages.on(one);
        a.seg().columns().forEach(c -> c.selected().set(List.of("Quantity", "UnitPrice").contains(c.name())));
        a.seg().steps().add(0, new Log1p(List.of("UnitPrice")));
        a.seg().kMinProperty().set(2);
        a.seg().kMaxProperty().set(5);
        a.seg().seedProperty().set(7);
        a.insights().threeDProperty().set(true);
        a.seg().runSweep();
        a.seg().chosenKProperty().set(3);
        a.seg().renameCluster(1, "Оптовики");
        a.rfm().kProperty().set(3);
        a.rfm().compute();
        assertTrue(one.dialogs.errors().isEmpty(), one.dialogs.errors().toString());
        SegmentViewModel.Clustering before = a.seg().clusteringProperty().get();
        assertNotNull(before);
        RfmViewModel.Outcome rfmBefore = a.rfm().outcomeProperty().get();
        assertNotNull(rfmBefore);

        Path file = dir.resolve("retail.glas");
        Project saved = one.saveAs(file);
        SegmentAnalysis.State st = saved.get(SegmentAnalysis.INSTANCE).orElseThrow();
        assertEquals(List.of("Quantity", "UnitPrice"), st.features());
        assertEquals(7, st.seed());
        assertEquals(3, st.k());
        assertEquals(Map.of(1, "Оптовики"), st.clusterNames());
        assertEquals(Map.of("1", "Оптовики"), saved.clusterNames().get("segment.kmeans"));
        assertEquals("PCA", saved.chartChoices().get("segment.projection"));
        assertEquals("true", saved.chartChoices().get("segment.projection.3d"));
        assertEquals(3, saved.get(RfmAnalysis.INSTANCE).orElseThrow().clusters());

        // a fresh window: the project brings back data, options and results
        RestoreSession two = new RestoreSession();
        Pages b = Pages.on(two);
        two.open(file);
        assertFalse(two.project.restoringProperty().get());
        assertEquals(List.of("Quantity", "UnitPrice"), b.seg().selectedColumns());
        assertEquals(a.seg().steps(), b.seg().steps());
        assertEquals(5, b.seg().kMaxProperty().get());
        assertEquals(7, b.seg().seedProperty().get());
        assertEquals(Integer.valueOf(3), b.seg().chosenKProperty().get());
        assertEquals(a.seg().clusterNames(), b.seg().clusterNames());
        assertEquals("Оптовики", b.seg().clusterNames().get(1));
        SegmentViewModel.Clustering after = b.seg().clusteringProperty().get();
        assertArrayEquals(before.labels(), after.labels(), "same seed, same clusters");
        assertEquals(sizes(before), sizes(after));
        assertEquals(a.seg().sweepScores(), b.seg().sweepScores());
        assertTrue(b.insights().threeDProperty().get());
        assertEquals(Projection.Method.PCA, b.insights().methodProperty().get());
        assertNotNull(b.insights().projectionProperty().get());

        RfmViewModel.Outcome rfmAfter = b.rfm().outcomeProperty().get();
        assertNotNull(rfmAfter, two.project.sourceMessages().toString());
        assertEquals(rfmBefore.k(), rfmAfter.k());
        assertArrayEquals(rfmBefore.clusters(), rfmAfter.clusters());
        assertArrayEquals(rfmBefore.rfm().segmentCounts(), rfmAfter.rfm().segmentCounts());
        assertEquals(a.rfm().amountProperty().get(), b.rfm().amountProperty().get());
        assertTrue(two.dialogs.errors().isEmpty(), two.dialogs.errors().toString());
        assertTrue(two.project.statusProperty().get().contains("every view"), two.project.statusProperty().get());

        // glas run / the Excel report re-run the page's analysis from the project and find the same clusters
        var run = dev.glas.core.project.ProjectRunner.run(saved, file, two.importer,
                dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        var seg = run.runs().stream().filter(r -> r.id().equals("segment.kmeans")).findFirst().orElseThrow();
        assertTrue(seg.ok(), seg.error());
        SegmentAnalysis.Result res = (SegmentAnalysis.Result) seg.result();
        assertEquals(sizes(before), java.util.Arrays.stream(res.profiles().sizes()).boxed().toList());
        assertEquals("Оптовики", res.profiles().names().get(1));
    }

    @Test
    void aFinishedAnalysisAndARenameAreAutosaved() throws Exception {
        Path data = RestoreSession.sample(dir, "online_retail.csv");
        RestoreSession one = new RestoreSession().openData(data);
        Pages a = Pages.on(one);
        Path file = dir.resolve("auto.glas");
        assertTrue(one.saveAs(file).get(SegmentAnalysis.INSTANCE).isEmpty());
        a.seg().columns().forEach(c -> c.selected().set(List.of("Quantity", "UnitPrice").contains(c.name())));
        a.seg().kMaxProperty().set(4);
        a.seg().runSweep();
        // no explicit save: the finished analysis is in the file
        SegmentAnalysis.State st = ProjectFile.open(file).project().get(SegmentAnalysis.INSTANCE).orElseThrow();
        assertEquals(a.seg().chosenKProperty().get(), st.k());
        a.seg().renameCluster(0, "Главные");
        assertEquals(Map.of(0, "Главные"), ProjectFile.open(file).project().get(SegmentAnalysis.INSTANCE)
                .orElseThrow().clusterNames());
        a.rfm().compute();
        assertTrue(ProjectFile.open(file).project().get(RfmAnalysis.INSTANCE).isPresent());
        assertTrue(one.dialogs.errors().isEmpty(), one.dialogs.errors().toString());
    }

    @Test
    void aProjectWhoseDataIsGoneDoesNotRestoreOntoTheDataOpenBefore() throws Exception {
        Path data = RestoreSession.sample(dir, "online_retail.csv");
        RestoreSession one = new RestoreSession().openData(data);
        Pages a = Pages.on(one);
        a.seg().kMaxProperty().set(3);
        a.seg().runSweep();
        Path file = dir.resolve("gone.glas");
        one.saveAs(file);
        // the same columns, another file: open in the second window before the project
        Path other = dir.resolve("other.csv");
        java.nio.file.Files.copy(data, other);
        java.nio.file.Files.delete(data);
        RestoreSession two = new RestoreSession().openData(other);
        Pages b = Pages.on(two);
        two.project.open(file);
        assertEquals(null, two.state.currentDataset(), "the project's data is gone: the workbench is emptied");
        assertEquals(null, b.seg().clusteringProperty().get());
        assertTrue(two.project.sourceMessages().stream().anyMatch(m -> m.contains("not restored because its data")),
                two.project.sourceMessages().toString());
        assertTrue(two.project.statusProperty().get().contains("could not be restored"),
                two.project.statusProperty().get());
    }

    @Test
    void aVersionOneSegmentSectionStillOpens() throws Exception {
        Path data = RestoreSession.sample(dir, "online_retail.csv");
        RestoreSession one = new RestoreSession().openData(data);
        Path file = dir.resolve("old.glas");
        one.saveAs(file);
        // the state as Glas wrote it before the page steps existed (schema 1)
        Project p = ProjectFile.open(file).project();
        ObjectNode v1 = dev.glas.core.project.ProjectJson.mapper().createObjectNode();
        v1.putNull("source_id");
        v1.putArray("features").add("Quantity").add("UnitPrice");
        v1.put("drop_ids", true).put("impute", "median").put("scale", "zscore").put("k_min", 2).put("k_max", 4)
                .put("restarts", 3).put("seed", 42).put("k", 2);
        v1.putObject("cluster_names").put("0", "Main");
        Map<String, SectionState> sections = new LinkedHashMap<>(p.sections());
        sections.put("segment.kmeans", new SectionState(1, v1));
        Project old = new Project(p.name(), p.createdAt(), p.sources(), p.preparation(), sections, p.segments(),
                p.clusterNames(), p.chartChoices(), p.attachments());
        ProjectFile.save(old, file, ProjectFile.SaveOptions.DEFAULT);

        RestoreSession two = new RestoreSession();
        Pages b = Pages.on(two);
        two.open(file);
        assertTrue(two.dialogs.errors().isEmpty(), two.dialogs.errors().toString());
        assertEquals(List.of("Quantity", "UnitPrice"), b.seg().selectedColumns());
        assertEquals(Integer.valueOf(2), b.seg().chosenKProperty().get());
        assertEquals("Main", b.seg().clusterNames().get(0));
        assertEquals(2, b.seg().steps().size(), "median imputation and z-score scaling: " + b.seg().steps());
        // the report re-runs it the v1 way, and the upgraded state reads back
        SegmentAnalysis.State st = ProjectFile.open(file).project().get(SegmentAnalysis.INSTANCE).orElseThrow();
        assertEquals(null, st.steps());
        assertTrue(st.dropIds());
    }

    private static List<Integer> sizes(SegmentViewModel.Clustering c) {
        return c.profiles().clusters().stream().map(cp -> cp.size()).toList();
    }

}
