package dev.glas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @Test
    void windowForNoArgumentsSmokeAndAProjectFile(@TempDir Path dir) throws Exception {
        assertTrue(Launcher.opensWindow(new String[0]));
        assertTrue(Launcher.opensWindow(new String[] {"--smoke"}));
        Path project = Files.writeString(dir.resolve("Отток Q3.GLAS"), "x");
        assertTrue(Launcher.opensWindow(new String[] {project.toString()}), "double-clicked project file");
    }

    @Test
    void commandLineOtherwise(@TempDir Path dir) {
        assertFalse(Launcher.opensWindow(new String[] {"--version"}));
        assertFalse(Launcher.opensWindow(new String[] {dir.resolve("missing.glas").toString()}));
        assertFalse(Launcher.opensWindow(new String[] {"run", dir.resolve("p.glas").toString()}));
    }
}
