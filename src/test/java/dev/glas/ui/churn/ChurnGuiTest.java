package dev.glas.ui.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import dev.glas.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The churn page in a real window: run on the telco slice, visit every tab, click a confusion cell, screenshots. */
class ChurnGuiTest {

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
    void runsAndDrillsDown(String lang) throws Exception {
        Messages.setLocale(Locale.of(lang));
        AppState state = new AppState();
        List<RowSelection> opened = new CopyOnWriteArrayList<>();
        state.setSelectionOpener(opened::add);
        var data = ChurnViewModelTest.telco();
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            ChurnViewModel vm = GuiTestSupport.callFx(() -> new ChurnViewModel(state, tasks, new FakeDialogService()));
            ChurnView view = GuiTestSupport.callFx(() -> new ChurnView(vm));
            Stage stage = GuiTestSupport.show((javafx.scene.Parent) view.root(), 1500, 950);
            GuiTestSupport.runFx(() -> state.currentDatasetProperty().set(data));
            GuiTestSupport.screenshot(stage, "churn-setup-" + lang);
            // the preparation tab (shown first): select the scaling step, switch it to robust scaling in the editor
            GuiTestSupport.runFx(() -> {
                var list = view.steps().stepsList();
                int scale = vm.prep().steps().indexOf(new dev.glas.core.prep.Scale(List.of(),
                        dev.glas.core.prep.Scale.Method.ZSCORE));
                list.getSelectionModel().select(scale);
                @SuppressWarnings("unchecked")
                var method = (javafx.scene.control.ComboBox<String>) view.steps().root()
                        .lookupAll(".combo-box").iterator().next();
                method.setValue("robust");
            });
            GuiTestSupport.waitForFx();
            GuiTestSupport.waitForTasks(tasks); // the preview
            GuiTestSupport.waitForFx();
            assertTrue(GuiTestSupport.callFx(() -> vm.prep().steps().contains(
                    new dev.glas.core.prep.Scale(List.of(), dev.glas.core.prep.Scale.Method.ROBUST))));
            assertTrue(GuiTestSupport.callFx(() -> !vm.prep().preview().rows().isEmpty()));
            GuiTestSupport.screenshot(stage, "churn-prep-edit-" + lang);
            GuiTestSupport.runFx(() -> {
                vm.useRfProperty().set(false);
                vm.foldsProperty().set(3);
                vm.run();
            });
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.waitUntil(() -> vm.resultProperty().get() != null, java.time.Duration.ofSeconds(60));
            for (Tab t : GuiTestSupport.callFx(() -> List.copyOf(view.tabs().getTabs()))) {
                GuiTestSupport.runFx(() -> view.tabs().getSelectionModel().select(t));
                GuiTestSupport.waitForFx();
                Path shot = GuiTestSupport.screenshot(stage, "churn-" + String.valueOf(t.getUserData())
                        .replace("churn.ui.tab.", "") + "-" + lang);
                assertTrue(Files.size(shot) > 10_000);
            }
            assertTrue(vm.resultProperty().get().setup().pipeline().steps().stream().anyMatch(
                    st -> st instanceof dev.glas.core.prep.Scale sc && sc.method() == dev.glas.core.prep.Scale.Method.ROBUST));
            GuiTestSupport.runFx(() -> view.tabs().getSelectionModel().select(view.tabs().getTabs().stream()
                    .filter(t -> "churn.ui.tab.threshold".equals(t.getUserData())).findFirst().orElseThrow()));
            // a cost typed with a decimal comma, then a bad one: inline error, the last valid cost kept
            GuiTestSupport.runFx(() -> view.missedField.setText("1 500,5"));
            assertEquals(1500.5, GuiTestSupport.callFx(() -> vm.costMissedProperty().get()));
            GuiTestSupport.runFx(() -> view.missedField.setText("15OO"));
            GuiTestSupport.waitForFx();
            assertEquals(1500.5, GuiTestSupport.callFx(() -> vm.costMissedProperty().get()));
            assertTrue(GuiTestSupport.callFx(() -> !vm.costMissedInput().errorProperty().get().isEmpty()));
            GuiTestSupport.screenshot(stage, "churn-threshold-cost-error-" + lang);
            GuiTestSupport.runFx(() -> view.missedField.setText("500"));
            GuiTestSupport.runFx(() -> view.cells[0][0].fire());
            assertEquals(1, opened.size());
            assertEquals(vm.confusionProperty().get().tp(), opened.get(0).size());
        }
    }
}
