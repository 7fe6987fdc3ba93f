package dev.glas.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.Preview;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: every editable setting of the import preview takes effect, on the file an analyst in Russia gets from
 * 1C/Excel: windows-1251, {@code ;}, CRLF, decimal commas, {@code dd.MM.yyyy} dates.
 */
class ImportPreviewEditsTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path tmp;
    private final AppState state = new AppState();
    private final SyncTaskRunner tasks = new SyncTaskRunner();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Messages.defaultLocale());
    }

    private Path file() throws Exception {
        Path f = tmp.resolve("выгрузка.csv");
        Files.write(f, ("Клиент;Сумма;Дата;Город\r\n"
                + "Иванов;1 234,50;01.03.2024;Москва\r\n"
                + "Петрова;99,90;15.03.2024;Казань\r\n"
                + "Сидоров;;31.12.2023;Москва\r\n").getBytes(CP1251));
        return f;
    }

    private static ColumnType type(Preview p, String column) {
        return p.types().get(p.columns().indexOf(column));
    }

    @Test
    void detectedSettingsAndEachEditChangeThePreviewAndTheReadDataset() throws Exception {
        DataViewModel vm = new DataViewModel(state, tasks, new FakeDialogService(), new DataImporter());
        vm.setImportPresenter(p -> {
            // detection
            assertEquals(';', p.result().delimiter());
            assertEquals(CP1251, p.result().encoding());
            assertTrue(p.result().header());
            assertTrue(p.result().decimalComma());
            Preview detected = p.previewProperty().get();
            assertEquals(List.of("Клиент", "Сумма", "Дата", "Город"), detected.columns());
            assertEquals(ColumnType.NUMERIC, type(detected, "Сумма"));
            assertEquals(ColumnType.DATE, type(detected, "Дата"));

            // decimal comma off: "99,90" is no longer a number
            p.setDecimalComma(false);
            assertFalse(p.result().decimalComma());
            assertTrue(type(p.previewProperty().get(), "Сумма") != ColumnType.NUMERIC,
                    "without decimal comma: " + type(p.previewProperty().get(), "Сумма"));
            p.setDecimalComma(true);
            assertEquals(ColumnType.NUMERIC, type(p.previewProperty().get(), "Сумма"));

            // wrong encoding: the header is no longer the Cyrillic names
            p.setEncoding("UTF-8");
            assertTrue(p.previewProperty().get() == null
                    || !p.previewProperty().get().columns().contains("Клиент"));
            assertFalse(p.errorProperty().get().isEmpty(), "windows-1251 bytes are not UTF-8: the preview says so");
            assertFalse(p.canReadBinding().get());
            p.setEncoding("windows-1251");
            assertEquals("", p.errorProperty().get());
            assertTrue(p.canReadBinding().get());
            assertEquals("Клиент", p.previewProperty().get().columns().getFirst());

            // header off: the names become the first data row
            p.setHeader(false);
            Preview noHeader = p.previewProperty().get();
            assertEquals(4, noHeader.rows().size());
            assertEquals("Клиент", noHeader.rows().getFirst().getFirst());
            p.setHeader(true);
            assertEquals(3, p.previewProperty().get().rows().size());

            // type override survives into the read dataset
            p.setType("Город", ColumnType.TEXT);
            assertEquals(ColumnType.TEXT, type(p.previewProperty().get(), "Город"));
            return Optional.of(p.result());
        });
        vm.openFile(file());
        Dataset d = state.currentDataset();
        assertEquals(3, d.rowCount());
        assertEquals(ColumnType.TEXT, d.type("Город"));
        assertEquals(ColumnType.NUMERIC, d.type("Сумма"));
        assertEquals(1234.5, d.table().numberColumn("Сумма").getDouble(0), 1e-9);
        assertEquals(99.9, d.table().numberColumn("Сумма").getDouble(1), 1e-9);
        assertTrue(d.table().column("Сумма").isMissing(2));
        assertEquals(LocalDate.of(2023, 12, 31), d.table().dateColumn("Дата").get(2));
    }
}
