package dev.glas.ui.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.ChartSupport;
import dev.glas.ui.common.FakeDialogService;
import dev.glas.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The behaviour page in a real window: load fixtures, analyse, click a bar, export a chart, screenshots. */
class BehaviorGuiTest {

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
        Messages.setLocale(Messages.defaultLocale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void dashboardRendersAndDrillsDown(String lang) throws Exception {
        Messages.setLocale(Locale.of(lang));
        AppState state = new AppState();
        List<RowSelection> opened = new CopyOnWriteArrayList<>();
        state.setSelectionOpener(opened::add);
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            BehaviorViewModel vm = new BehaviorViewModel(state, tasks, new FakeDialogService(), new DataImporter());
            BehaviorView view = GuiTestSupport.callFx(() -> new BehaviorView(vm));
            Stage stage = GuiTestSupport.show(view.root(), 1500, 950);
            GuiTestSupport.runFx(() -> {
                try {
                    vm.loadEvents(BehaviorViewModelTest.resource("gen5k_events.csv"));
                    vm.loadSocdem(BehaviorViewModelTest.resource("gen5k_socdem.csv"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.screenshot(stage, "behavior-mapping-" + lang);
            GuiTestSupport.runFx(() -> {
                vm.churnEventProperty().set("delete_account");
                vm.analyze();
            });
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.waitUntil(() -> view.chartCards().size() >= 14, java.time.Duration.ofSeconds(30));
            Path shot = GuiTestSupport.screenshot(stage, "behavior-dashboard-" + lang);
            assertTrue(Files.size(shot) > 20_000);
            for (double v : new double[] {0.35, 0.7, 1.0}) {
                GuiTestSupport.runFx(() -> ((javafx.scene.control.ScrollPane) ((javafx.scene.layout.BorderPane)
                        view.root()).getCenter()).setVvalue(v));
                GuiTestSupport.screenshot(stage, "behavior-dashboard-" + lang + "-" + Math.round(v * 100));
            }

            // click the 21:00 bar of "activity by hour"
            Node hourCard = view.chartCards().stream()
                    .filter(n -> "behavior.chart.hour".equals(n.getUserData())).findFirst().orElseThrow();
            GuiTestSupport.runFx(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.chart.BarChart<String, Number> chart =
                        (javafx.scene.chart.BarChart<String, Number>) hourCard.lookup(".chart");
                assertEquals(24, chart.getData().get(0).getData().size());
                Event.fireEvent(chart.getData().get(0).getData().get(21).getNode(), new MouseEvent(MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5,
                        MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false,
                        null));
            });
            GuiTestSupport.waitForTasks(tasks); // the selection is computed in the background
            assertEquals(1, opened.size());
            assertEquals(vm.outcomeProperty().get().result().byHour()[21], opened.get(0).size());

            Path png = GuiTestSupport.screenshotDir().resolve("behavior-chart-hour-" + lang + ".png");
            GuiTestSupport.runFx(() -> {
                try {
                    ChartSupport.savePng(hourCard, png);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(Files.size(png) > 5_000);
        }
    }
}
