package dev.glas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    @TempDir
    Path dir;

    @Test
    void persistsLanguageWindowAndRecentFilesBetweenRuns() {
        AppSettings s = new AppSettings(dir);
        assertTrue(s.windowBounds().isEmpty());
        assertEquals(List.of(), s.recentFiles());
        s.setLanguage(Messages.RUSSIAN);
        s.setWindowBounds(new AppSettings.WindowBounds(10, 20, 1300, 850, true));
        s.setRecentFiles(List.of(Path.of("/data/клиенты.csv"), Path.of("/data/b.xlsx")));
        s.save();
        assertTrue(Files.isRegularFile(dir.resolve("settings.properties")));

        AppSettings again = new AppSettings(dir);
        assertEquals("ru", again.language().getLanguage());
        assertEquals(new AppSettings.WindowBounds(10, 20, 1300, 850, true), again.windowBounds().orElseThrow());
        assertEquals(List.of(Path.of("/data/клиенты.csv"), Path.of("/data/b.xlsx")), again.recentFiles());
    }

    @Test
    void keepsAtMostTenRecentFilesAndSurvivesACorruptFile() throws Exception {
        AppSettings s = new AppSettings(dir);
        List<Path> many = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            many.add(Path.of("/f" + i + ".csv"));
        }
        s.setRecentFiles(many);
        assertEquals(10, s.recentFiles().size());
        Files.writeString(dir.resolve("settings.properties"), "window.width=abc\nlanguage=xx\n\\u12");
        AppSettings broken = new AppSettings(dir);
        assertTrue(broken.windowBounds().isEmpty());
        assertEquals(Messages.defaultLocale(), broken.language());
    }

    @Test
    void configDirectoryCanBeRedirected() {
        String before = System.getProperty("glas.config.dir");
        try {
            System.setProperty("glas.config.dir", dir.toString());
            assertEquals(dir, AppSettings.defaultDirectory());
        } finally {
            if (before == null) {
                System.clearProperty("glas.config.dir");
            } else {
                System.setProperty("glas.config.dir", before);
            }
        }
    }
}
