package dev.glas.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.ColumnProfile;
import dev.glas.core.data.ColumnType;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.RowSelection;
import dev.glas.core.data.Samples;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {

    @TempDir
    Path tmp;
    private final AppState state = new AppState();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SyncTaskRunner tasks = new SyncTaskRunner();
    private final List<RowSelection> opened = new ArrayList<>();
    private DataViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        state.setSelectionOpener(opened::add);
        vm = new DataViewModel(state, tasks, dialogs, new DataImporter());
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Messages.defaultLocale());
    }

    private Path csv(String text) throws Exception {
        Path f = tmp.resolve("people.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void openFileShowsPreviewThenReadsAndProfiles() throws Exception {
        Path f = csv("name;age;city\nAnna;31;Moscow\nBoris;45;Kazan\nVera;;Moscow\nGleb;28;Omsk\n");
        List<ImportViewModel> previews = new ArrayList<>();
        vm.setImportPresenter(p -> {
            previews.add(p);
            return Optional.of(p.result());
        });
        vm.openFile(f);
        ImportViewModel p = previews.getFirst();
        assertEquals(';', p.result().delimiter());
        assertEquals(List.of("name", "age", "city"), p.previewProperty().get().columns());
        assertEquals(4, p.previewProperty().get().rows().size());
        assertTrue(p.canReadBinding().get());

        Dataset d = state.currentDataset();
        assertNotNull(d);
        assertEquals(4, d.rowCount());
        assertEquals(4, vm.table().visibleRows().length);
        assertEquals(3, vm.profileProperty().get().columns().size());
        assertEquals("name", vm.selectedProperty().get().name());
        assertEquals(List.of("dataview.task.detect", "dataview.task.preview", "dataview.task.read",
                "dataview.task.profile"), tasks.submittedTitles());
        assertTrue(dialogs.errors().isEmpty());
    }

    @Test
    void cancelledPreviewReadsNothing() throws Exception {
        Path f = csv("a,b\n1,2\n");
        vm.setImportPresenter(p -> Optional.empty());
        vm.openFile(f);
        assertNull(state.currentDataset());
    }

    @Test
    void editingSettingsRefreshesThePreview() throws Exception {
        Path f = csv("a;b\n1;2\n3;4\n");
        List<ImportViewModel> previews = new ArrayList<>();
        vm.setImportPresenter(p -> {
            previews.add(p);
            p.setDelimiter(',');
            assertEquals(List.of("a;b"), p.previewProperty().get().columns());
            p.setDelimiter(';');
            p.setType("b", ColumnType.CATEGORICAL);
            assertEquals(ColumnType.CATEGORICAL, p.previewProperty().get().types().get(1));
            return Optional.of(p.result());
        });
        vm.openFile(f);
        assertEquals(ColumnType.CATEGORICAL, state.currentDataset().type("b"));
    }

    @Test
    void unreadableFileShowsALocalizedError() throws Exception {
        Path f = csv("");
        List<ImportViewModel> previews = new ArrayList<>();
        vm.setImportPresenter(p -> {
            previews.add(p);
            return Optional.empty();
        });
        vm.openFile(f);
        ImportViewModel p = previews.getFirst();
        assertTrue(!p.errorProperty().get().isEmpty(), "the preview explains the problem");
        assertTrue(!p.canReadBinding().get());
        assertTrue(!p.errorProperty().get().startsWith("!"), p.errorProperty().get());
    }

    @Test
    void statsAndBarsOfANumericColumnDrillDownToTheRows() {
        state.currentDatasetProperty().set(dev.glas.ui.common.TestData.customers());
        ColumnProfile spend = vm.profileProperty().get().column("spend");
        vm.selectColumn("spend");
        assertEquals(spend, vm.selectedProperty().get());
        List<DataViewModel.Stat> stats = vm.stats(spend);
        assertEquals("Numeric", stats.get(0).value());
        assertEquals("4", stats.get(1).value());
        assertEquals("1 (20%)", stats.get(2).value());
        assertEquals("15", stats.stream().filter(s -> s.label().equals("Minimum")).findFirst().orElseThrow().value());
        List<DataViewModel.Bar> bars = vm.bars(spend);
        assertEquals(4, bars.stream().mapToInt(DataViewModel.Bar::count).sum());
        bars.getFirst().drill().run();
        RowSelection first = opened.getFirst();
        assertTrue(first.description().startsWith("spend from 15 to "), first.description());
        assertTrue(first.size() >= 1);
        int total = 0;
        for (DataViewModel.Bar b : bars) {
            b.drill().run();
            total += opened.getLast().size();
            assertEquals(b.count(), opened.getLast().size(), "bar count = rows opened");
        }
        assertEquals(4, total);
        vm.drillMissing(spend);
        assertArrayEquals(new int[] {1}, opened.getLast().rows());
    }

    @Test
    void topValuesDrillDownToRowsWithThatValue() {
        state.currentDatasetProperty().set(dev.glas.ui.common.TestData.customers());
        ColumnProfile city = vm.profileProperty().get().column("city");
        List<DataViewModel.Bar> bars = vm.bars(city);
        assertEquals("Казань", bars.getFirst().label());
        assertEquals(2, bars.getFirst().count());
        bars.getFirst().drill().run();
        assertArrayEquals(new int[] {1, 4}, opened.getLast().rows());
        assertEquals("city = Казань", opened.getLast().description());
    }

    @Test
    void filteredAndSelectedRowsOpenAsDrillDown() {
        state.currentDatasetProperty().set(dev.glas.ui.common.TestData.customers());
        vm.table().filter("казань");
        vm.openVisibleRows();
        assertArrayEquals(new int[] {1, 4}, opened.getLast().rows());
        assertEquals("Rows containing “казань”", opened.getLast().description());
        vm.openRows(new int[] {3, 0});
        assertArrayEquals(new int[] {0, 3}, opened.getLast().rows());
        assertEquals("Selected rows (2)", opened.getLast().description());
    }

    @Test
    void openSampleBecomesTheCurrentDataset() {
        vm.openSample(Samples.list().getFirst());
        assertNotNull(state.currentDataset());
        assertTrue(state.currentDataset().rowCount() > 100);
        assertNotNull(vm.profileProperty().get());
    }
}
