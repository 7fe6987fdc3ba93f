package dev.glas.ui.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.behavior.Dashboard;
import dev.glas.core.behavior.TimeFormat;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.RowSelection;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import dev.glas.ui.shell.Area;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BehaviorViewModelTest {

    @TempDir
    Path dir;

    private final AppState state = new AppState();
    private final List<RowSelection> opened = new ArrayList<>();
    private final List<Area> navigated = new ArrayList<>();
    private final FakeDialogService dialogs = new FakeDialogService();
    private BehaviorViewModel vm;

    static Path resource(String name) throws Exception {
        return Path.of(BehaviorViewModelTest.class.getResource("/dev/glas/core/behavior/" + name).toURI());
    }

    @BeforeEach
    void setUp() {
        state.setSelectionOpener(opened::add);
        vm = new BehaviorViewModel(state, new SyncTaskRunner(), dialogs, new DataImporter());
        vm.setNavigator(navigated::add);
    }

    private void loadAndAnalyze() throws Exception {
        dialogs.answerOpenFile(resource("gen5k_events.csv"));
        vm.chooseEvents();
        vm.loadSocdem(resource("gen5k_socdem.csv"));
        vm.churnInactiveDaysProperty().set(14);
        vm.churnEventProperty().set("delete_account");
        vm.analyze();
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void guessesTheMappingAndMatchesTheReference() throws Exception {
        loadAndAnalyze();
        assertEquals("user_id", vm.userProperty().get());
        assertEquals("timestamp", vm.timeProperty().get());
        assertEquals("event", vm.eventProperty().get());
        assertEquals("", vm.sessionProperty().get());
        assertEquals("device_maker", vm.makerProperty().get());
        assertEquals("os", vm.osProperty().get());
        assertEquals(TimeFormat.ISO, vm.timeFormatProperty().get());
        assertEquals("user_id", vm.socdemKeyProperty().get());
        assertEquals("gender", vm.genderProperty().get());
        assertEquals("age", vm.ageProperty().get());
        BehaviorViewModel.Outcome out = vm.outcomeProperty().get();
        // values of gen5k_expected_summary.json (pandas)
        assertEquals(5000, out.result().log().size());
        assertEquals(99, out.result().features().users());
        assertEquals(1029, out.result().sessions().count());
        assertEquals(38, out.result().churn().churned());
        assertTrue(vm.summaryProperty().get().replaceAll("[^0-9]", "").contains("1029"), vm.summaryProperty().get());
        assertTrue(vm.churnCountsText().contains("delete_account"));
        assertTrue(!vm.matchReportProperty().get().isEmpty());
        assertEquals(13, vm.eventNames().size());
        assertTrue(vm.eventNames().contains("delete_account"));
    }

    private RowSelection last() {
        return opened.get(opened.size() - 1);
    }

    @Test
    void everyDrillDownOpensItsRows() throws Exception {
        loadAndAnalyze();
        BehaviorDrill drill = new BehaviorDrill(vm);
        BehaviorViewModel.Outcome out = vm.outcomeProperty().get();
        BehaviorViewModel.Charts ch = out.charts();

        drill.hour(20);
        assertEquals(515, last().size()); // pandas by_hour[20]
        assertSame(out.events(), last().dataset());
        drill.churnClass(1);
        assertEquals(38, last().size());
        drill.churnClass(0);
        assertEquals(99 - 38, last().size());

        Dashboard.Grid ag = ch.ageByGender();
        int total = 0;
        for (int r = 0; r < ag.rows().size(); r++) {
            for (int c = 0; c < ag.columns().size(); c++) {
                drill.ageGender(ag.rows().get(r), ag.columns().get(c));
                assertEquals(ag.counts()[r][c], last().size());
                assertSame(out.features().dataset(), last().dataset());
                total += last().size();
            }
        }
        assertEquals(99, total);
        Dashboard.Grid hg = ch.hourByGender();
        drill.hourGender(hg.rows().get(0), 9);
        assertEquals(hg.counts()[0][9], last().size());
        Dashboard.Grid ho = ch.hourByOs();
        for (int r = 0; r < ho.rows().size(); r++) {
            drill.hourOs(ho.rows().get(r), ho.rows(), 19);
            assertEquals(ho.counts()[r][19], last().size());
        }
        Dashboard.Bars makers = out.dashboard().byMaker(3);
        assertEquals(Dashboard.OTHER, makers.labels().get(3));
        for (int i = 0; i < makers.labels().size(); i++) {
            drill.maker(makers.labels().get(i), makers.labels());
            assertEquals(makers.counts()[i], last().size());
        }
        Dashboard.Bars models = out.dashboard().byModel(5);
        drill.model(Dashboard.OTHER, models.labels());
        assertEquals(models.counts()[5], last().size());
        Dashboard.Grid eh = ch.eventByHour();
        drill.eventHour(eh.rows().get(1), 8);
        assertEquals(eh.counts()[1][8], last().size());
        Dashboard.Grid ew = ch.eventByWeekday();
        drill.eventWeekday(ew.rows().get(2), 6);
        assertEquals(ew.counts()[2][6], last().size());
        Dashboard.LengthStats los = ch.lengthByOs();
        int sessionEvents = 0;
        for (String os : los.groups()) {
            drill.sessionsOnOs(os, los.groups());
            sessionEvents += last().size();
        }
        assertEquals(5000, sessionEvents);
        drill.ageGroup(ch.lengthByAge().groups().get(0));
        assertTrue(last().size() > 0);
        Dashboard.Cohorts co = ch.cohorts();
        drill.cohort(0, 0);
        assertEquals(co.size()[0], last().size());
        drill.cohort(1, 2);
        assertEquals(co.active()[1][2], last().size());
        List<String> steps = List.of("login", "view_bill", "pay_bill");
        vm.buildFunnel(steps);
        Dashboard.Funnel f = vm.funnelProperty().get();
        drill.funnel(steps, 2);
        assertEquals(f.users()[2], last().size());
        assertTrue(f.users()[0] >= f.users()[1] && f.users()[1] >= f.users()[2] && f.users()[2] > 0,
                Arrays.toString(f.users()));
        drill.correlation("events", "sessions");
        assertTrue(last().size() > 10);
        assertTrue(opened.size() > 20);
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void opensFeaturesInChurnAndSegmentsAndSavesThem() throws Exception {
        loadAndAnalyze();
        vm.openInChurn();
        assertSame(vm.outcomeProperty().get().features().dataset(), state.currentDataset());
        vm.openInSegments();
        assertEquals(List.of(Area.CHURN, Area.SEGMENTS), navigated);
        Path file = dir.resolve("features.csv");
        dialogs.answerSaveFile(file);
        vm.saveFeatures();
        assertEquals(100, Files.readAllLines(file).size());
    }

    @Test
    void usesTheDatasetOpenInTheWorkbench() throws Exception {
        vm.useCurrentDataset();
        assertEquals(1, dialogs.infos().size());
        state.currentDatasetProperty().set(new DataImporter().read(resource("retail_slice.csv")));
        vm.useCurrentDataset();
        assertEquals("CustomerID", vm.userProperty().get());
        assertEquals("InvoiceDate", vm.timeProperty().get());
        assertEquals("Description", vm.eventProperty().get());
        vm.churnInactiveDaysProperty().set(90);
        vm.analyze();
        assertEquals(List.of(), dialogs.errors());
        // retail_expected_summary.json (pandas)
        assertEquals(6324, vm.outcomeProperty().get().result().log().size());
        assertEquals(292, vm.outcomeProperty().get().result().sessions().count());
        assertEquals(24, vm.outcomeProperty().get().result().churn().churned());
    }

    @Test
    void missingMappingAndBadZoneAreShownAsErrors() throws Exception {
        vm.analyze();
        assertEquals(1, dialogs.infos().size());
        vm.loadEvents(resource("gen5k_events.csv"));
        vm.userProperty().set("");
        vm.analyze();
        assertEquals(1, dialogs.errors().size());
        vm.userProperty().set("user_id");
        vm.zoneProperty().set("Mars/Olympus");
        vm.analyze();
        assertEquals(2, dialogs.errors().size());
        assertNull(vm.outcomeProperty().get());
    }
}
