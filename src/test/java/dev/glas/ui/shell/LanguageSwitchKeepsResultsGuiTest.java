package dev.glas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.Wiring;
import dev.glas.ui.common.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching the UI language rebuilds the window's views but keeps every page's ViewModel: a churn result computed
 * before the switch is still on the rebuilt page (leaderboard rows), the pages are the same objects, and the texts
 * the ViewModel holds (class balance) are redone in the new language.
 */
class LanguageSwitchKeepsResultsGuiTest {

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

    @Test
    void churnResultAndPagesSurviveALanguageSwitch() throws Exception {
        AppSettings settings = new AppSettings(dir.resolve("config"));
        settings.setLanguage(Locale.ENGLISH);
        Messages.setLocale(settings.language());
        var data = new dev.glas.core.data.DataImporter().read(Path.of(LanguageSwitchKeepsResultsGuiTest.class
                .getResource("/dev/glas/core/churn/telco_slice.csv").toURI()));
        Stage stage = GuiTestSupport.callFx(() -> {
            Stage s = new Stage();
            Wiring wiring = new Wiring(s, settings);
            s.setUserData(wiring);
            s.setScene(Theme.apply(new Scene(wiring.buildMainView().root(), 1280, 860)));
            s.show();
            return s;
        });
        Wiring w = (Wiring) stage.getUserData();
        var churn = w.churnViewModel();
        var text = w.textViewModel();
        var behavior = w.behaviorViewModel();
        GuiTestSupport.runFx(() -> {
            w.state().currentDatasetProperty().set(data);
            churn.useRfProperty().set(false);
            churn.foldsProperty().set(3);
            churn.run();
        });
        GuiTestSupport.waitUntil(() -> churn.resultProperty().get() != null, Duration.ofSeconds(90));

        GuiTestSupport.runFx(() -> w.mainViewModel().applyLanguage(Messages.RUSSIAN));
        GuiTestSupport.waitForFx();
        assertSame(churn, w.churnViewModel());
        assertSame(text, w.textViewModel());
        assertSame(behavior, w.behaviorViewModel());
        assertNotNull(churn.resultProperty().get());
        // texts the ViewModel holds follow the new language; the analyst's feature ticks are not touched again
        assertTrue(GuiTestSupport.callFx(() -> churn.balanceTextProperty().get()).startsWith("Положительных"),
                GuiTestSupport.callFx(() -> churn.balanceTextProperty().get()));
        GuiTestSupport.runFx(() -> w.mainViewModel().areaProperty().set(Area.CHURN));
        GuiTestSupport.waitForFx();
        // the rebuilt churn page lists the models of the result computed before the switch
        boolean boardFilled = GuiTestSupport.callFx(() -> {
            for (Node n : stage.getScene().getRoot().lookupAll(".table-view")) {
                if (n instanceof TableView<?> t && !t.getItems().isEmpty()
                        && t.getItems().getFirst() instanceof dev.glas.core.churn.ModelScore) {
                    return true;
                }
            }
            return false;
        });
        assertTrue(boardFilled, "leaderboard empty after the language switch");
        assertFalse(GuiTestSupport.callFx(() -> stage.getScene().getRoot().lookupAll(".tab-pane").isEmpty()));
        GuiTestSupport.screenshot(stage, "language-switch-churn-kept-ru");
    }
}
