package dev.glas.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.Samples;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.Wiring;
import dev.glas.ui.common.Theme;
import dev.glas.ui.shell.AppSettings;
import dev.glas.ui.shell.Area;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Data page in a real window: open a sample, table + profile, drill-down, import preview. */
class DataGuiTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
        Messages.setLocale(Messages.defaultLocale());
    }

    private Stage open(String lang, Path config) {
        AppSettings settings = new AppSettings(config);
        settings.setLanguage(Locale.of(lang));
        Messages.setLocale(settings.language());
        return GuiTestSupport.callFx(() -> {
            Stage stage = new Stage();
            Wiring wiring = new Wiring(stage, settings);
            stage.setUserData(wiring);
            stage.setScene(Theme.apply(new Scene(wiring.buildMainView().root(), 1400, 860)));
            stage.show();
            return stage;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void sampleTableProfileAndDrillDown(String lang) throws Exception {
        Stage stage = open(lang, tmp.resolve("cfg"));
        Wiring w = (Wiring) stage.getUserData();
        // the analyst's first click: a sample button on the start page
        GuiTestSupport.runFx(() -> ((javafx.scene.control.Button) stage.getScene().getRoot()
                .lookup(".sample-button")).fire());
        GuiTestSupport.waitForTasks(w.tasks());
        assertEquals(Samples.open(Samples.list().getFirst()).rowCount(),
                GuiTestSupport.callFx(() -> w.state().currentDataset().rowCount()));
        assertEquals(Area.DATA, GuiTestSupport.callFx(() -> w.mainViewModel().areaProperty().get()));
        assertNotNull(GuiTestSupport.callFx(() -> w.dataViewModel().profileProperty().get()));
        // pick a numeric column so the histogram shows
        String numeric = GuiTestSupport.callFx(() -> w.dataViewModel().profileProperty().get().columns().stream()
                .filter(c -> c.histogram() != null).findFirst().orElseThrow().name());
        GuiTestSupport.runFx(() -> w.dataViewModel().selectColumn(numeric));
        GuiTestSupport.waitForFx();
        GuiTestSupport.screenshot(stage, "data-table-profile-" + lang);

        String category = GuiTestSupport.callFx(() -> w.dataViewModel().profileProperty().get().columns().stream()
                .filter(c -> !c.topValues().isEmpty() && c.distinct() < 10).findFirst().orElseThrow().name());
        GuiTestSupport.runFx(() -> w.dataViewModel().selectColumn(category));
        GuiTestSupport.waitForFx();
        GuiTestSupport.screenshot(stage, "data-profile-categorical-" + lang);

        // sort the table by the numeric column in the background
        GuiTestSupport.runFx(() -> w.dataViewModel().table().sort(numeric, false));
        GuiTestSupport.waitForTasks(w.tasks());
        int[] rows = GuiTestSupport.callFx(() -> w.dataViewModel().table().visibleRows());
        var col = w.state().currentDataset().table().numberColumn(numeric);
        assertTrue(col.getDouble(rows[0]) >= col.getDouble(rows[rows.length / 2]));

        // drill down from the first bar: a rows window opens
        GuiTestSupport.runFx(() -> {
            var c = w.dataViewModel().selectedProperty().get();
            w.dataViewModel().bars(c).getFirst().drill().run();
        });
        GuiTestSupport.waitForTasks(w.tasks());
        Stage rows2 = GuiTestSupport.callFx(() -> Window.getWindows().stream()
                .filter(x -> x != stage && x instanceof Stage).map(x -> (Stage) x).findFirst().orElseThrow());
        GuiTestSupport.screenshot(rows2, "data-drilldown-" + lang);
    }

    @org.junit.jupiter.api.Test
    void excelPreviewOffersTheSheets() throws Exception {
        Stage stage = open("ru", tmp.resolve("cfg3"));
        Wiring w = (Wiring) stage.getUserData();
        Path f = tmp.resolve("отчёт.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(f)) {
            var a = wb.createSheet("Продажи");
            a.createRow(0).createCell(0).setCellValue("регион");
            a.getRow(0).createCell(1).setCellValue("сумма");
            for (int i = 1; i <= 20; i++) {
                a.createRow(i).createCell(0).setCellValue(i % 2 == 0 ? "Север" : "Юг");
                a.getRow(i).createCell(1).setCellValue(i * 1000.5);
            }
            var b = wb.createSheet("Справочник");
            b.createRow(0).createCell(0).setCellValue("код");
            b.createRow(1).createCell(0).setCellValue("A1");
            wb.write(out);
        }
        ImportViewModel ivm = new ImportViewModel(f, w.importer(), w.tasks());
        ImportPreviewDialog dialog = GuiTestSupport.callFx(() -> {
            ImportPreviewDialog d = new ImportPreviewDialog(ivm, stage);
            ivm.start();
            d.dialog().show();
            return d;
        });
        GuiTestSupport.waitForTasks(w.tasks());
        GuiTestSupport.waitUntil(() -> ivm.previewProperty().get() != null, java.time.Duration.ofSeconds(10));
        assertEquals(java.util.List.of("Продажи", "Справочник"), GuiTestSupport.callFx(() -> java.util.List.copyOf(ivm.sheets())));
        assertEquals(java.util.List.of("регион", "сумма"), GuiTestSupport.callFx(() -> ivm.previewProperty().get().columns()));
        GuiTestSupport.screenshot(dialog.dialog().getDialogPane().getScene(), "data-import-preview-xlsx-ru");
        GuiTestSupport.runFx(() -> ivm.setSheet("Справочник"));
        GuiTestSupport.waitForTasks(w.tasks());
        assertEquals(java.util.List.of("код"), GuiTestSupport.callFx(() -> ivm.previewProperty().get().columns()));
        GuiTestSupport.runFx(() -> dialog.dialog().setResult(ButtonType.CANCEL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void importPreviewDialog(String lang) throws Exception {
        // runs the CSV flow; see excelPreviewOffersTheSheets for Excel
        Stage stage = open(lang, tmp.resolve("cfg2"));
        Wiring w = (Wiring) stage.getUserData();
        Path f = tmp.resolve("клиенты.csv");
        StringBuilder sb = new StringBuilder("id;город;выручка;дата\n");
        for (int i = 1; i <= 60; i++) {
            sb.append(i).append(";").append(i % 3 == 0 ? "Москва" : "Казань").append(";").append(i * 10.5)
                    .append(";2024-0").append(1 + i % 9).append("-1").append(i % 10).append('\n');
        }
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        ImportViewModel ivm = new ImportViewModel(f, w.importer(), w.tasks());
        ImportPreviewDialog dialog = GuiTestSupport.callFx(() -> {
            ImportPreviewDialog d = new ImportPreviewDialog(ivm, stage);
            ivm.start();
            d.dialog().show();
            return d;
        });
        GuiTestSupport.waitForTasks(w.tasks());
        GuiTestSupport.waitUntil(() -> ivm.previewProperty().get() != null, java.time.Duration.ofSeconds(10));
        int columns = GuiTestSupport.callFx(() -> ((TableView<?>) dialog.dialog().getDialogPane()
                .lookup(".import-preview-table")).getColumns().size());
        assertEquals(4, columns);
        GuiTestSupport.screenshot(dialog.dialog().getDialogPane().getScene(), "data-import-preview-" + lang);
        GuiTestSupport.runFx(() -> dialog.dialog().setResult(ButtonType.CANCEL));
    }
}
