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

    @Test
    void everyDrillDownOpensItsRows() throws Exception {
        loadAndAnalyze();
        BehaviorDrill drill = new BehaviorDrill(vm);
        BehaviorViewModel.Outcome out = vm.outcomeProperty().get();
        Dashboard d = out.dashboard();

        RowSelection h = drill.hour(20);
        assertEquals(515, h.size()); // pandas by_hour[20]
        assertSame(out.events(), h.dataset());
        assertEquals(38, drill.churnClass(1).size());
        assertEquals(99 - 38, drill.churnClass(0).size());

        Dashboard.Grid ag = d.ageByGender();
        int total = 0;
        for (int r = 0; r < ag.rows().size(); r++) {
            for (int c = 0; c < ag.columns().size(); c++) {
                RowSelection s = drill.ageGender(ag.rows().get(r), ag.columns().get(c));
                assertEquals(ag.counts()[r][c], s.size());
                assertSame(out.features().dataset(), s.dataset());
                total += s.size();
            }
        }
        assertEquals(99, total);
        Dashboard.Grid hg = d.hourByGender();
        assertEquals(hg.counts()[0][9], drill.hourGender(hg.rows().get(0), 9).size());
        Dashboard.Grid ho = d.hourByOs();
        for (int r = 0; r < ho.rows().size(); r++) {
            assertEquals(ho.counts()[r][19], drill.hourOs(ho.rows().get(r), ho.rows(), 19).size());
        }
        Dashboard.Bars makers = d.byMaker(3);
        assertEquals(Dashboard.OTHER, makers.labels().get(3));
        for (int i = 0; i < makers.labels().size(); i++) {
            assertEquals(makers.counts()[i], drill.maker(makers.labels().get(i), makers.labels()).size());
        }
        Dashboard.Bars models = d.byModel(5);
        assertEquals(models.counts()[5], drill.model(Dashboard.OTHER, models.labels()).size());
        Dashboard.Grid eh = d.eventByHour(15);
        assertEquals(eh.counts()[1][8], drill.eventHour(eh.rows().get(1), 8).size());
        Dashboard.Grid ew = d.eventByWeekday(15);
        assertEquals(ew.counts()[2][6], drill.eventWeekday(ew.rows().get(2), 6).size());
        Dashboard.LengthStats los = d.sessionLengthByOs();
        int sessionEvents = 0;
        for (String os : los.groups()) {
            sessionEvents += drill.sessionsOnOs(os, los.groups()).size();
        }
        assertEquals(5000, sessionEvents);
        Dashboard.LengthStats la = d.sessionLengthByAgeGroup();
        assertTrue(drill.ageGroup(la.groups().get(0)).size() > 0);
        Dashboard.Cohorts co = d.cohorts();
        assertEquals(co.size()[0], drill.cohort(0, 0).size());
        assertEquals(co.active()[1][2], drill.cohort(1, 2).size());
        List<String> steps = List.of("login", "view_bill", "pay_bill");
        Dashboard.Funnel f = d.funnel(steps);
        assertEquals(f.users()[2], drill.funnel(steps, 2).size());
        assertTrue(f.users()[0] >= f.users()[1] && f.users()[1] >= f.users()[2] && f.users()[2] > 0,
                Arrays.toString(f.users()));
        assertTrue(drill.correlation("events", "sessions").size() > 10);
        assertTrue(opened.size() > 20);
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
