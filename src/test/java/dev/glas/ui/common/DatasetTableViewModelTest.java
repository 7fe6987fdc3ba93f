package dev.glas.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import dev.glas.core.task.SyncTaskRunner;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatasetTableViewModelTest {

    private final SyncTaskRunner tasks = new SyncTaskRunner();
    private final FakeDialogService dialogs = new FakeDialogService();
    private DatasetTableViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        vm = new DatasetTableViewModel(tasks, dialogs);
        vm.setDataset(TestData.customers());
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Messages.defaultLocale());
    }

    @Test
    void showsAllRowsInFileOrder() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, vm.visibleRows());
        assertEquals("5 rows × 5 columns", vm.summaryProperty().get());
    }

    @Test
    void sortsNumbersWithMissingLastInBothDirections() {
        vm.sort("spend", true);
        assertArrayEquals(new int[] {4, 2, 0, 3, 1}, vm.visibleRows());
        vm.sort("spend", false);
        assertArrayEquals(new int[] {3, 0, 2, 4, 1}, vm.visibleRows());
        vm.sort(null, true);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, vm.visibleRows());
        assertEquals(List.of("task.table.sort", "task.table.sort", "task.table.filter"), tasks.submittedTitles());
    }

    @Test
    void sortsStringsCaseInsensitivelyAndStably() {
        vm.sort("city", true);
        // Казань(1), Казань(4), Москва(0), москва(2), Омск(3): ties keep file order
        assertArrayEquals(new int[] {1, 4, 0, 2, 3}, vm.visibleRows());
    }

    @Test
    void sortsDates() {
        vm.sort("since", true);
        assertArrayEquals(new int[] {3, 1, 0, 4, 2}, vm.visibleRows());
    }

    @Test
    void filterMatchesAnyColumnIgnoringCaseAndKeepsSort() {
        vm.sort("visits", false);
        vm.filter("МОСКВА");
        assertArrayEquals(new int[] {2, 0}, vm.visibleRows());
        assertEquals("2 of 5 rows match the filter", vm.summaryProperty().get());
        vm.filter("80.25");
        assertArrayEquals(new int[] {2}, vm.visibleRows());
        vm.filter("");
        assertEquals(5, vm.visibleRows().length);
        assertFalse(vm.busyProperty().get());
        assertTrue(dialogs.shown().isEmpty());
    }

    @Test
    void copiesBlockAsTsvInViewOrder() {
        vm.sort("visits", true);
        String tsv = vm.toTsv(new int[] {0, 1}, List.of("id", "spend"), true);
        assertEquals("id\tspend\nc2\t\nc4\t300\n", tsv);
    }

    @Test
    void russianFormatUsesDecimalCommaAndDayMonthYear() {
        Messages.setLocale(Messages.RUSSIAN);
        vm.setDataset(TestData.customers());
        assertEquals("120,5", vm.cell("spend", 0));
        assertEquals("05.01.2023", vm.cell("since", 0));
        assertEquals("", vm.cell("spend", 1));
    }

    @Test
    void copiedCellsPasteAsNumbersAndNeverAsFormulas() {
        tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create("t",
                tech.tablesaw.api.StringColumn.create("note", "=HYPERLINK(\"x\")", "-5", "plain"),
                tech.tablesaw.api.DoubleColumn.create("v", 120.5, 14000, 0.1));
        java.util.Map<String, dev.glas.core.data.ColumnType> types = new java.util.LinkedHashMap<>();
        types.put("note", dev.glas.core.data.ColumnType.TEXT);
        types.put("v", dev.glas.core.data.ColumnType.NUMERIC);
        vm.setDataset(new dev.glas.core.data.Dataset("t", t, types, null));
        String ru = vm.toTsv(new int[] {0, 1, 2}, List.of("note", "v"), true, java.util.Locale.of("ru", "RU"));
        assertEquals("note\tv\n'=HYPERLINK(\"x\")\t120,5\n-5\t14000\nplain\t0,1\n", ru);
        String en = vm.toTsv(new int[] {0}, List.of("v"), false, java.util.Locale.US);
        assertEquals("120.5\n", en);
    }
}
