package dev.glas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.Wiring;
import dev.glas.ui.common.RowsView;
import dev.glas.ui.common.RowsViewModel;
import dev.glas.ui.common.TestData;
import dev.glas.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Smoke tests of the main window in a real Stage, in both languages, with screenshots. */
class ShellGuiTest {

    @TempDir
    Path config;

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
        Messages.setLocale(Messages.defaultLocale());
    }

    private Stage openMainWindow(String lang) {
        AppSettings settings = new AppSettings(config);
        settings.setLanguage(Locale.of(lang));
        Messages.setLocale(settings.language());
        return GuiTestSupport.callFx(() -> {
            Stage stage = new Stage();
            Wiring wiring = new Wiring(stage, settings);
            stage.setUserData(wiring);
            stage.setScene(Theme.apply(new Scene(wiring.buildMainView().root(), 1280, 800)));
            stage.titleProperty().bind(wiring.mainViewModel().windowTitle());
            stage.show();
            return stage;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void startPagePlaceholdersAndDialogs(String lang) throws Exception {
        Stage stage = openMainWindow(lang);
        Wiring wiring = (Wiring) stage.getUserData();
        GuiTestSupport.waitForFx();
        Path start = GuiTestSupport.screenshot(stage, "shell-start-" + lang);
        assertTrue(Files.size(start) > 10_000);

        GuiTestSupport.runFx(() -> wiring.mainViewModel().areaProperty().set(Area.CHURN));
        GuiTestSupport.screenshot(stage, "shell-placeholder-churn-" + lang);

        AboutView about = GuiTestSupport.callFx(() -> new AboutView(wiring.mainViewModel(),
                wiring.mainViewModel().dataAttributions(), stage));
        GuiTestSupport.runFx(() -> about.dialog().show());
        GuiTestSupport.waitForFx();
        GuiTestSupport.screenshot(about.dialog().getDialogPane().getScene(), "shell-about-" + lang);
        GuiTestSupport.runFx(() -> about.dialog().setResult(ButtonType.CLOSE));

        SettingsView settings = GuiTestSupport.callFx(() -> new SettingsView(stage));
        GuiTestSupport.runFx(() -> settings.dialog().show());
        GuiTestSupport.waitForFx();
        GuiTestSupport.screenshot(settings.dialog().getDialogPane().getScene(), "shell-settings-" + lang);
        assertEquals(lang, GuiTestSupport.callFx(() -> settings.languageBox().getValue().getLanguage()));
        GuiTestSupport.runFx(() -> settings.dialog().setResult(ButtonType.CANCEL));
    }

    @org.junit.jupiter.api.Test
    void switchingTheLanguageRebuildsTheWindowAndKeepsTheDataset() {
        Stage stage = openMainWindow("en");
        Wiring wiring = (Wiring) stage.getUserData();
        GuiTestSupport.runFx(() -> wiring.state().currentDatasetProperty().set(TestData.customers()));
        GuiTestSupport.waitForTasks(wiring.tasks());
        var before = GuiTestSupport.callFx(() -> stage.getScene().getRoot());
        GuiTestSupport.runFx(() -> wiring.mainViewModel().applyLanguage(Messages.RUSSIAN));
        GuiTestSupport.waitForTasks(wiring.tasks());
        var after = GuiTestSupport.callFx(() -> stage.getScene().getRoot());
        assertTrue(before != after, "the window content was rebuilt");
        assertEquals("customers.csv — Glas", GuiTestSupport.callFx(stage::getTitle));
        var nav = (javafx.scene.control.ToggleButton) GuiTestSupport.callFx(() -> after.lookup("#nav-data"));
        assertEquals("Данные", GuiTestSupport.callFx(nav::getText));
        assertEquals(Area.DATA, GuiTestSupport.callFx(() -> wiring.mainViewModel().areaProperty().get()));
        GuiTestSupport.screenshot(stage, "shell-language-switched-ru");
        assertEquals("ru", new AppSettings(config).language().getLanguage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru"})
    void drillDownWindowShowsRows(String lang) {
        Messages.setLocale(Locale.of(lang));
        Stage stage = GuiTestSupport.callFx(() -> {
            var sel = RowSelection.of(TestData.customers(), new int[] {0, 2, 3}, "Москва и Омск");
            var vm = new RowsViewModel(sel, new dev.glas.ui.common.AppState(), new dev.glas.core.task.SyncTaskRunner(),
                    new dev.glas.ui.common.FakeDialogService());
            return RowsView.show(vm, null);
        });
        GuiTestSupport.waitForFx();
        GuiTestSupport.screenshot(stage, "common-rows-" + lang);
    }
}
