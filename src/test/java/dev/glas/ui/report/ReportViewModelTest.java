package dev.glas.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.NamedSegment;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.core.project.ProjectFile;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project/report page logic without the toolkit: save, reopen, segments restored, report exported. */
class ReportViewModelTest {

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void reset() {
        Messages.setLocale(Messages.defaultLocale());
    }

    static Path telco(Path dir) throws Exception {
        Path data = dir.resolve("telco.csv");
        try (var in = ReportViewModelTest.class.getResourceAsStream("/dev/glas/samples/telco_churn.csv")) {
            Files.copy(in, data);
        }
        return data;
    }

    @Test
    void saveReopenAndExport() throws Exception {
        Path data = telco(dir);
        DataImporter importer = new DataImporter();
        Dataset ds = importer.read(data);
        AppState state = new AppState();
        FakeDialogService dialogs = new FakeDialogService();
        SyncTaskRunner tasks = new SyncTaskRunner();
        ReportViewModel vm = new ReportViewModel(state, tasks, dialogs, importer);
        state.currentDatasetProperty().set(ds);
        assertEquals("source-1", vm.projectProperty().get().sources().getFirst().id());
        assertEquals(List.of("data.profile"), vm.analyses().stream().map(ReportViewModel.AnalysisItem::id).toList());
        vm.addSegmentation();
        state.putSegment(new NamedSegment("Первые три", new RowSelection(ds, new int[] {0, 1, 2}, "first")));

        Path file = dir.resolve("p.glas");
        dialogs.answerSaveFile(file);
        vm.saveAs();
        assertTrue(Files.exists(file), dialogs.shown().toString());
        assertEquals(file, vm.projectFileProperty().get());
        var saved = ProjectFile.open(file).project();
        assertEquals(1, saved.segments().size());
        assertEquals("customerID", saved.segments().getFirst().keyColumn(), "identifier column used as row key");

        // a fresh window opens the project: data and segments come back
        AppState state2 = new AppState();
        ReportViewModel vm2 = new ReportViewModel(state2, tasks, dialogs, importer);
        vm2.open(file);
        assertEquals(file.toAbsolutePath(), vm2.projectFileProperty().get());
        assertNotNull(state2.currentDataset());
        assertEquals(ds.rowCount(), state2.currentDataset().rowCount());
        assertEquals(3, state2.segment("Первые три").orElseThrow().size());
        assertEquals(List.of("data.profile", "segment.kmeans"),
                vm2.analyses().stream().map(ReportViewModel.AnalysisItem::id).toList());
        assertTrue(vm2.sourceMessages().getFirst().contains("unchanged"), vm2.sourceMessages().toString());

        // export the report in Russian without the profile
        vm2.languageProperty().set(Messages.RUSSIAN);
        vm2.analyses().getFirst().include().set(false);
        Path xlsx = dir.resolve("r.xlsx");
        vm2.exportReport(xlsx);
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            // the segmentation's cluster map (projection as chosen on the Segments page, PCA here) on "Графики"
            // and the workbench's named segment "Первые три" on its own sheet (and as a data-sheet column)
            assertEquals(List.of("Обзор", "Данные", "Профили кластеров", "Выбор k", "Именованные сегменты", "Графики"),
                    names);
            assertEquals("Первые три", wb.getSheet("Именованные сегменты").getRow(2).getCell(0).getStringCellValue());
            assertEquals(3, wb.getSheet("Именованные сегменты").getRow(2).getCell(2).getNumericCellValue());
            assertTrue(wb.getSheet("Графики").getRow(0).getCell(0).getStringCellValue().startsWith("Карта кластеров (PCA"));
        }
        assertFalse(vm2.busyProperty().get());
    }

    @Test
    void changedSourceIsReportedWhenOpening() throws Exception {
        Path data = telco(dir);
        DataImporter importer = new DataImporter();
        AppState state = new AppState();
        FakeDialogService dialogs = new FakeDialogService();
        SyncTaskRunner tasks = new SyncTaskRunner();
        ReportViewModel vm = new ReportViewModel(state, tasks, dialogs, importer);
        state.currentDatasetProperty().set(importer.read(data));
        Path file = dir.resolve("p.glas");
        dialogs.answerSaveFile(file);
        vm.saveAs();
        Files.writeString(data, Files.readString(data).replaceFirst("Male", "Female"));
        ReportViewModel vm2 = new ReportViewModel(new AppState(), tasks, dialogs, importer);
        vm2.open(file);
        assertTrue(vm2.sourceMessages().getFirst().contains("has changed"), vm2.sourceMessages().toString());
        assertTrue(dialogs.infos().stream().anyMatch(i -> i.text().contains("has changed")), dialogs.shown().toString());
    }

    @Test
    void autosaveOnlyWithAFileAndOnlyWhenChanged() throws Exception {
        DataImporter importer = new DataImporter();
        FakeDialogService dialogs = new FakeDialogService();
        SyncTaskRunner tasks = new SyncTaskRunner();
        ReportViewModel vm = new ReportViewModel(new AppState(), tasks, dialogs, importer);
        vm.autosave();
        assertNull(vm.projectFileProperty().get());
        assertFalse(tasks.submittedTitles().contains("project.task.autosave"));
        Path file = dir.resolve("a.glas");
        dialogs.answerSaveFile(file);
        vm.saveAs();
        long before = Files.getLastModifiedTime(file).toMillis();
        vm.addSegmentation();
        Thread.sleep(20);
        vm.autosave();
        assertTrue(tasks.submittedTitles().contains("project.task.autosave"));
        assertTrue(ProjectFile.open(file).project().sections().containsKey("segment.kmeans"), "autosaved");
        assertTrue(Files.getLastModifiedTime(file).toMillis() >= before);
    }
}
