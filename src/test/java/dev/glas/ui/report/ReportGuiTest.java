package dev.glas.ui.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.DataImporter;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import dev.glas.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Report page in a real window: a dataset becomes the project source, the report is exported by a click. */
class ReportGuiTest {

    @TempDir
    Path dir;

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
    void exportsTheReportFromThePage(String lang) throws Exception {
        Messages.setLocale(Locale.of(lang));
        Path data = ReportViewModelTest.telco(dir);
        DataImporter importer = new DataImporter();
        var ds = importer.read(data);
        AppState state = new AppState();
        Path out = dir.resolve("report-" + lang + ".xlsx");
        FakeDialogService dialogs = new FakeDialogService().answerSaveFile(out);
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            ReportViewModel vm = GuiTestSupport.callFx(() -> new ReportViewModel(state, tasks, dialogs, importer));
            ReportView view = GuiTestSupport.callFx(() -> new ReportView(vm, tasks.running()));
            Stage stage = GuiTestSupport.show(view.root(), 1100, 820);
            GuiTestSupport.runFx(() -> state.currentDatasetProperty().set(ds));
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.waitUntil(() -> !vm.analyses().isEmpty(), Duration.ofSeconds(30));
            GuiTestSupport.runFx(vm::addSegmentation);
            GuiTestSupport.runFx(() -> view.exportButton().fire());
            GuiTestSupport.waitUntil(() -> Files.exists(out) && !vm.busyProperty().get(), Duration.ofSeconds(120));
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.screenshot(stage, "report-" + lang);
            assertTrue(Files.size(out) > 10_000);
            assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
            GuiTestSupport.runFx(view::dispose);
        }
    }
}
