package dev.glas.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.Dataset;
import dev.glas.core.data.NamedSegment;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.SyncTaskRunner;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowsViewModelTest {

    @TempDir
    Path tmp;
    private final AppState state = new AppState();
    private final FakeDialogService dialogs = new FakeDialogService();
    private RowsViewModel vm;
    private Dataset data;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        data = TestData.customers();
        vm = new RowsViewModel(RowSelection.of(data, new int[] {4, 0, 2}, "Big spenders"), state,
                new SyncTaskRunner(), dialogs);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Messages.defaultLocale());
    }

    @Test
    void showsTheSelectedRowsWithoutCopying() {
        assertArrayEquals(new int[] {0, 2, 4}, vm.table().visibleRows());
        assertEquals("3 of 5 rows of “customers.csv”", vm.subtitle());
        assertEquals("Rows: Big spenders", vm.title());
    }

    @Test
    void savesAsNamedSegmentAndAsksBeforeReplacing() {
        dialogs.answerText("  VIP  ");
        vm.saveAsSegment();
        assertEquals(1, state.segments().size());
        NamedSegment s = state.segments().getFirst();
        assertEquals("VIP", s.name());
        assertArrayEquals(new int[] {0, 2, 4}, s.selection().rows());
        assertEquals("Saved as segment “VIP” (3 rows)", vm.statusProperty().get());

        dialogs.answerText("vip").answerConfirm(false);
        vm.saveAsSegment();
        assertEquals(1, state.segments().size());
        assertEquals("VIP", state.segments().getFirst().name());

        dialogs.answerText("vip").answerConfirm(true);
        vm.saveAsSegment();
        assertEquals(1, state.segments().size());
        assertEquals("vip", state.segments().getFirst().name());
    }

    @Test
    void cancelledNameSavesNothing() {
        vm.saveAsSegment();
        assertTrue(state.segments().isEmpty());
    }

    @Test
    void exportsFilteredRowsToCsvWithOriginalValues() throws Exception {
        Path out = tmp.resolve("rows.csv");
        dialogs.answerSaveFile(out);
        vm.table().filter("москва");
        vm.exportCsv();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals("\uFEFFid;city;spend;visits;since\r\nc1;Москва;120.5;3;2023-01-05\r\nc3;москва;80.25;7;2024-07-09\r\n",
                csv);
        assertEquals("2 rows exported to rows.csv", vm.statusProperty().get());
    }

    @Test
    void exportsXlsxWithNumbersAsNumbers() throws Exception {
        Path out = tmp.resolve("rows.xlsx");
        dialogs.answerSaveFile(out);
        vm.exportXlsx();
        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheetAt(0);
            assertEquals("spend", sh.getRow(0).getCell(2).getStringCellValue());
            assertEquals(120.5, sh.getRow(1).getCell(2).getNumericCellValue());
            assertEquals("c5", sh.getRow(3).getCell(0).getStringCellValue());
            assertEquals(4, sh.getPhysicalNumberOfRows());
        }
        assertTrue(dialogs.errors().isEmpty());
    }
}
