package dev.glas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glas.ui.shell.AppSettings;
import java.nio.file.Path;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window size and position are saved on close and restored at the next start. */
class WindowBoundsGuiTest {

    @TempDir
    Path config;

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
    }

    @Test
    void boundsSurviveARestart() {
        Stage first = GuiTestSupport.show(new Pane(), 640, 480);
        GuiTestSupport.runFx(() -> {
            first.setX(120);
            first.setY(90);
            first.setWidth(1024);
            first.setHeight(700);
        });
        GuiTestSupport.waitForFx();
        GuiTestSupport.runFx(() -> GlasApp.saveBounds(first, new AppSettings(config)));

        Stage second = GuiTestSupport.show(new Pane(), 300, 200);
        GuiTestSupport.runFx(() -> GlasApp.restoreBounds(second, new AppSettings(config)));
        GuiTestSupport.waitForFx();
        assertEquals(1024, GuiTestSupport.callFx(second::getWidth), 1);
        assertEquals(700, GuiTestSupport.callFx(second::getHeight), 1);
        assertEquals(120, GuiTestSupport.callFx(second::getX), 1);
        assertEquals(90, GuiTestSupport.callFx(second::getY), 1);
    }
}
