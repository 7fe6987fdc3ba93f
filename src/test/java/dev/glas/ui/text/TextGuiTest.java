package dev.glas.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.core.text.TestModels;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import dev.glas.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Texts page in a real window: add the test model, train, classify, find themes, dashboard; screenshots. */
class TextGuiTest {

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
        Messages.setLocale(Messages.defaultLocale());
    }

    @Test
    void mainFlow() throws Exception {
        Messages.setLocale(Locale.of("ru"));
        AppState state = new AppState();
        List<RowSelection> opened = new CopyOnWriteArrayList<>();
        state.setSelectionOpener(opened::add);
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            TextViewModel vm = new TextViewModel(state, tasks, new FakeDialogService());
            TextView view = GuiTestSupport.callFx(() -> new TextView(vm));
            Stage stage = GuiTestSupport.show(view.root(), 1400, 900);
            GuiTestSupport.runFx(() -> {
                try {
                    state.currentDatasetProperty().set(TextViewModelTest.cedr());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                vm.addModelFolder(TestModels.tinyBert());
            });
            GuiTestSupport.screenshot(stage, "text-models");
            GuiTestSupport.runFx(() -> {
                vm.labelColumnProperty().set("label");
                vm.trainTfidf();
            });
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.runFx(vm::classify);
            GuiTestSupport.waitForTasks(tasks);
            assertTrue(state.currentDataset().columnNames().contains("text_label"));
            TabPane tabs = (TabPane) view.root();
            GuiTestSupport.runFx(() -> tabs.getSelectionModel().select(1));
            GuiTestSupport.screenshot(stage, "text-classify");
            GuiTestSupport.runFx(() -> {
                vm.kMinProperty().set(3);
                vm.kMaxProperty().set(5);
                vm.cluster();
            });
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.runFx(() -> tabs.getSelectionModel().select(2));
            GuiTestSupport.waitForFx();
            assertFalse(vm.themes().isEmpty());
            GuiTestSupport.screenshot(stage, "text-themes");
            GuiTestSupport.runFx(() -> {
                vm.heatColumnsProperty().set("label");
                vm.breakdownColumnProperty().set("source");
                tabs.getSelectionModel().select(3);
            });
            GuiTestSupport.waitForFx();
            assertTrue(Files.size(GuiTestSupport.screenshot(stage, "text-dashboard")) > 10_000);
            GuiTestSupport.runFx(() -> vm.openCell(vm.distribution().getFirst()));
            assertEquals(1, opened.size());
        }
    }
}
