package dev.glas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import dev.glas.ui.common.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path tmp;
    private final AppState state = new AppState();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Path> opened = new ArrayList<>();
    private AppSettings settings;
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        settings = new AppSettings(tmp.resolve("cfg"));
        vm = new MainViewModel(state, dialogs, settings);
        vm.setFileOpener(opened::add);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Messages.defaultLocale());
    }

    private Path file(String name) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, "a,b\n1,2\n");
        return f;
    }

    @Test
    void openingAFileRemembersItFirstAndPersists() throws Exception {
        Path a = file("a.csv");
        Path b = file("b.csv");
        dialogs.answerOpenFile(a);
        vm.chooseAndOpenFile();
        vm.openFile(b);
        vm.openFile(a);
        assertEquals(List.of(a, b, a), opened);
        assertEquals(List.of(a.toAbsolutePath(), b.toAbsolutePath()), vm.recentFiles());
        assertEquals(List.of(a.toAbsolutePath(), b.toAbsolutePath()), new AppSettings(tmp.resolve("cfg")).recentFiles());
    }

    @Test
    void aMissingRecentFileIsReportedAndDropped() throws Exception {
        Path a = file("a.csv");
        vm.openFile(a);
        Files.delete(a);
        vm.openFile(a.toAbsolutePath());
        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().getFirst().text().contains("a.csv"));
        assertTrue(vm.recentFiles().isEmpty());
    }

    @Test
    void droppedFilesOpenTheFirstDataFile() throws Exception {
        Path txt = file("notes.docx");
        Path csv = file("data.csv");
        assertTrue(vm.openDropped(List.of(txt, csv)));
        assertEquals(List.of(csv), opened);
        assertFalse(vm.openDropped(List.of(txt)));
        assertEquals(1, dialogs.infos().size());
    }

    @Test
    void openingADatasetSwitchesFromStartToData() {
        assertEquals(Area.START, vm.areaProperty().get());
        state.currentDatasetProperty().set(TestData.customers());
        assertEquals(Area.DATA, vm.areaProperty().get());
        assertEquals("customers.csv — Glas", vm.windowTitle().get());
        assertEquals("customers.csv: 5 rows, 5 columns", vm.statusProperty().get());
    }

    @Test
    void languageChangesOnlyAfterConfirmation() {
        int[] rebuilt = {0};
        vm.setOnLanguageChanged(() -> rebuilt[0]++);
        assertFalse(vm.changeLanguage(Messages.ENGLISH), "same language: nothing to do");
        assertFalse(vm.changeLanguage(Messages.RUSSIAN), "not confirmed");
        assertEquals("en", Messages.locale().getLanguage());
        dialogs.answerConfirm(true);
        assertTrue(vm.changeLanguage(Messages.RUSSIAN));
        assertEquals("ru", Messages.locale().getLanguage());
        assertEquals(1, rebuilt[0]);
        assertEquals("ru", new AppSettings(tmp.resolve("cfg")).language().getLanguage());
    }
}
