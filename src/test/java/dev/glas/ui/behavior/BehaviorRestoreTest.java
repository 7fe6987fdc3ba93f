package dev.glas.ui.behavior;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import dev.glas.core.project.Project;
import dev.glas.core.project.analyses.BehaviorAnalysis;
import dev.glas.ui.common.RestoreSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour: analyse, save the project, open it in fresh view models; mapping, options and results come back. */
class BehaviorRestoreTest {

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

    private Path copy(String name) throws Exception {
        Path out = dir.resolve(name);
        Files.copy(Path.of(BehaviorRestoreTest.class.getResource("/dev/glas/core/behavior/" + name).toURI()), out);
        return out;
    }

    @Test
    void eventLogFileSocdemMappingAndOptionsComeBack() throws Exception {
        Path events = copy("gen5k_events.csv");
        Path socdem = copy("gen5k_socdem.csv");
        RestoreSession one = new RestoreSession();
        BehaviorViewModel a = new BehaviorViewModel(one.state, one.tasks, one.dialogs, one.importer);
        a.loadEvents(events);
        a.loadSocdem(socdem);
        a.gapMinutesProperty().set(20);
        a.churnInactiveDaysProperty().set(14);
        a.churnEventProperty().set("delete_account");
        a.windowEndProperty().set(LocalDate.of(2030, 1, 1));
        a.analyze();
        assertTrue(one.dialogs.errors().isEmpty(), one.dialogs.errors().toString());
        BehaviorViewModel.Outcome before = a.outcomeProperty().get();
        assertNotNull(before);
        List<String> steps = a.eventNames().subList(0, 3);
        a.buildFunnel(steps);
        assertNotNull(a.funnelProperty().get());

        Path file = dir.resolve("app.glas");
        Project saved = one.saveAs(file);
        BehaviorAnalysis.State st = saved.get(BehaviorAnalysis.INSTANCE).orElseThrow();
        assertEquals(BehaviorAnalysis.EVENTS_SOURCE, st.sourceId());
        assertEquals(BehaviorAnalysis.SOCDEM_SOURCE, st.socdemSourceId());
        assertEquals(20.0, st.gapMinutes());
        assertEquals(Set.of("delete_account"), st.churnEvents());
        assertTrue(saved.source(BehaviorAnalysis.EVENTS_SOURCE).isPresent());
        assertTrue(saved.source(BehaviorAnalysis.SOCDEM_SOURCE).isPresent());

        RestoreSession two = new RestoreSession();
        BehaviorViewModel b = new BehaviorViewModel(two.state, two.tasks, two.dialogs, two.importer);
        two.open(file);
        assertTrue(two.dialogs.errors().isEmpty(), two.dialogs.errors().toString());
        assertNull(two.state.currentDataset(), "the event log is the page's own file, not the workbench data");
        BehaviorViewModel.Outcome after = b.outcomeProperty().get();
        assertNotNull(after, two.project.sourceMessages().toString());
        assertEquals(a.userProperty().get(), b.userProperty().get());
        assertEquals(a.timeFormatProperty().get(), b.timeFormatProperty().get());
        assertEquals("gender", b.genderProperty().get());
        assertEquals(20.0, b.gapMinutesProperty().get());
        assertEquals(14, b.churnInactiveDaysProperty().get());
        assertEquals(LocalDate.of(2030, 1, 1), b.windowEndProperty().get());
        assertEquals(before.result().log().size(), after.result().log().size());
        assertEquals(before.result().sessions().count(), after.result().sessions().count());
        assertEquals(before.result().churn().churned(), after.result().churn().churned());
        assertArrayEquals(before.charts().byHour(), after.charts().byHour());
        assertEquals(before.features().dataset().rowCount(), after.features().dataset().rowCount());
        assertEquals(a.summaryProperty().get(), b.summaryProperty().get());
        assertEquals(a.matchReportProperty().get(), b.matchReportProperty().get());
        assertEquals(a.churnCountsText(), b.churnCountsText());
        // the funnel the analyst built comes back on the re-run analysis
        assertEquals(steps, BehaviorProject.funnelSteps(saved));
        assertNotNull(b.funnelProperty().get());
        assertEquals(a.funnelProperty().get().steps(), b.funnelProperty().get().steps());
        assertArrayEquals(a.funnelProperty().get().users(), b.funnelProperty().get().users());

        // glas run / the Excel report re-run it from the project's own sources, socdem included
        var run = dev.glas.core.project.ProjectRunner.run(saved, file, two.importer,
                dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        var beh = run.runs().stream().filter(r -> r.id().equals("behavior")).findFirst().orElseThrow();
        assertTrue(beh.ok(), beh.error());
        var res = (BehaviorAnalysis.Result) beh.result();
        assertEquals(before.result().sessions().count(), res.behavior().sessions().count());
        assertEquals(before.result().churn().churned(), res.behavior().churn().churned());
        assertEquals(before.features().dataset().columnNames(), res.userFeatures().columnNames());
    }

    @Test
    void userFeaturesOpenedInSegmentsComeBackAsTheWorkbenchData() throws Exception {
        Path events = copy("gen5k_events.csv");
        RestoreSession one = new RestoreSession();
        BehaviorViewModel a = new BehaviorViewModel(one.state, one.tasks, one.dialogs, one.importer);
        dev.glas.ui.segment.SegmentViewModel segA = new dev.glas.ui.segment.SegmentViewModel(one.state, one.tasks,
                one.dialogs);
        a.loadEvents(events);
        a.analyze();
        a.openInSegments();
        segA.kMaxProperty().set(4);
        segA.runSweep();
        assertTrue(one.dialogs.errors().isEmpty(), one.dialogs.errors().toString());
        int[] labels = segA.clusteringProperty().get().labels();
        List<String> columns = segA.selectedColumns();
        Path file = dir.resolve("features.glas");
        Project saved = one.saveAs(file);
        assertEquals(BehaviorAnalysis.FEATURES_SOURCE, saved.get(
                dev.glas.core.project.analyses.SegmentAnalysis.INSTANCE).orElseThrow().sourceId());
        assertEquals(BehaviorAnalysis.FEATURES_SOURCE, saved.chartChoices().get("workbench"));

        RestoreSession two = new RestoreSession();
        BehaviorViewModel b = new BehaviorViewModel(two.state, two.tasks, two.dialogs, two.importer);
        dev.glas.ui.segment.SegmentViewModel segB = new dev.glas.ui.segment.SegmentViewModel(two.state, two.tasks,
                two.dialogs);
        two.open(file);
        assertTrue(two.dialogs.errors().isEmpty(), two.dialogs.errors().toString());
        assertNotNull(b.outcomeProperty().get());
        assertEquals(b.outcomeProperty().get().features().dataset(), two.state.currentDataset(),
                "the user features are the workbench data again");
        assertEquals(BehaviorAnalysis.FEATURES_SOURCE,
                two.project.projectProperty().get().chartChoices().get("workbench"), "and stay so in the project");
        assertNotNull(segB.clusteringProperty().get(), two.project.sourceMessages().toString());
        assertEquals(columns, segB.selectedColumns());
        assertArrayEquals(labels, segB.clusteringProperty().get().labels());

        // glas run computes the feature table from the stored behaviour analysis and clusters it the same way
        var run = dev.glas.core.project.ProjectRunner.run(saved, file, two.importer,
                dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        var seg = run.runs().stream().filter(r -> r.id().equals("segment.kmeans")).findFirst().orElseThrow();
        assertTrue(seg.ok(), seg.error());
        int[] sizes = new int[segA.clusteringProperty().get().k()];
        for (int l : labels) {
            sizes[l]++;
        }
        assertArrayEquals(sizes,
                ((dev.glas.core.project.analyses.SegmentAnalysis.Result) seg.result()).profiles().sizes());
    }

    @Test
    void theWorkbenchDatasetAsEventLogComesBack() throws Exception {
        Path data = RestoreSession.sample(dir, "online_retail.csv");
        RestoreSession one = new RestoreSession().openData(data);
        BehaviorViewModel a = new BehaviorViewModel(one.state, one.tasks, one.dialogs, one.importer);
        a.useCurrentDataset();
        a.analyze();
        assertTrue(one.dialogs.errors().isEmpty(), one.dialogs.errors().toString());
        Path file = dir.resolve("retail.glas");
        Project saved = one.saveAs(file);
        assertNull(saved.get(BehaviorAnalysis.INSTANCE).orElseThrow().sourceId());

        RestoreSession two = new RestoreSession();
        BehaviorViewModel b = new BehaviorViewModel(two.state, two.tasks, two.dialogs, two.importer);
        two.open(file);
        assertTrue(two.dialogs.errors().isEmpty(), two.dialogs.errors().toString());
        assertNotNull(b.outcomeProperty().get(), two.project.sourceMessages().toString());
        assertEquals(a.summaryProperty().get(), b.summaryProperty().get());
        assertEquals(a.outcomeProperty().get().result().sessions().count(),
                b.outcomeProperty().get().result().sessions().count());
    }
}
