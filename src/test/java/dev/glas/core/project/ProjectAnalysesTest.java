package dev.glas.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.DataImporter;
import dev.glas.core.project.analyses.RfmAnalysis;
import dev.glas.core.report.ExcelReport;
import dev.glas.core.report.ReportContent;
import dev.glas.core.report.ReportText;
import dev.glas.core.segment.RfmResult;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-running stored analyses gives the reference numbers, and their report sheets hold them. */
class ProjectAnalysesTest {

    @TempDir
    Path dir;

    @Test
    void rfmFromAProjectMatchesThePandasReferenceAndReachesTheReport() throws Exception {
        Path data = dir.resolve("retail.csv");
        try (InputStream in = getClass().getResourceAsStream("/dev/glas/core/segment/online_retail_slice.csv")) {
            Files.copy(in, data);
        }
        DataImporter importer = new DataImporter();
        Project p = Project.create("Retail").withSource(DataSource.of("source-1", data, importer.detect(data)))
                .with(RfmAnalysis.INSTANCE, new RfmAnalysis.State(null, "CustomerID", "InvoiceDate",
                        "Quantity*UnitPrice", "InvoiceNo", null));
        Path file = dir.resolve("retail.glas");
        ProjectFile.save(p, file, ProjectFile.SaveOptions.DEFAULT);
        Project reopened = ProjectFile.open(file).project();
        ProjectRunner.Result run = ProjectRunner.run(reopened, file, importer, Progress.NONE, Cancellation.NEVER);
        assertTrue(run.allOk(), () -> run.runs().toString());
        RfmResult rfm = (RfmResult) run.runs().getFirst().result();

        // reference: src/test/python/rfm_reference.py (pandas) on the same slice
        Map<String, String[]> ref = new HashMap<>();
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/dev/glas/core/segment/rfm_reference.csv")) {
            lines = new String(in.readAllBytes()).lines().skip(1).toList();
        }
        for (String l : lines) {
            String[] f = l.split(",");
            ref.put(f[0], f);
        }
        assertEquals(ref.size(), rfm.size());
        for (int i = 0; i < rfm.size(); i++) {
            String id = rfm.customers().get(i).replace(".0", "");
            String[] f = ref.get(id);
            assertEquals(Double.parseDouble(f[1]), rfm.recency()[i], 1e-9, id);
            assertEquals(Double.parseDouble(f[3]), rfm.monetary()[i], 1e-6, id);
            assertEquals(f[7], rfm.segments().get(i).name(), id);
        }

        ReportText en = ReportText.of(Locale.ENGLISH);
        ReportContent content = ProjectReport.content(reopened, run, ProjectReport.Options.ALL, en);
        Path xlsx = dir.resolve("r.xlsx");
        ExcelReport.write(content, en, xlsx, Progress.NONE, Cancellation.NEVER);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet s = wb.getSheet("RFM");
            int champions = 0;
            for (int i = 0; i < rfm.size(); i++) {
                champions += rfm.segments().get(i).name().equals("CHAMPIONS") ? 1 : 0;
            }
            Row row = find(s, en.get("segment.rfm.name.champions"));
            assertEquals(champions, row.getCell(1).getNumericCellValue());
        }
    }

    static Row find(Sheet s, String text) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row " + text);
    }

    @Test
    void churnFromAProjectEqualsADirectLabRunAndStoresTheModel() throws Exception {
        Path data = dir.resolve("telco.csv");
        try (InputStream in = getClass().getResourceAsStream("/dev/glas/samples/telco_churn.csv")) {
            Files.copy(in, data);
        }
        DataImporter importer = new DataImporter();
        dev.glas.core.project.analyses.ChurnAnalysis.State state = new dev.glas.core.project.analyses.ChurnAnalysis
                .State(null, "Churn", "Yes", List.of(), List.of("customerID"), List.of("lr", "gbm"), 3, 0.2, null,
                7L, 0, null);
        Project p = Project.create("Telco").withSource(DataSource.of("source-1", data, importer.detect(data)))
                .with(dev.glas.core.project.analyses.ChurnAnalysis.INSTANCE, state);
        ProjectRunner.Result run = ProjectRunner.run(p, null, importer, Progress.NONE, Cancellation.NEVER);
        assertTrue(run.allOk(), () -> run.runs().toString());
        var result = (dev.glas.core.project.analyses.ChurnAnalysis.Result) run.runs().getFirst().result();

        var ds = importer.read(data);
        var setup = dev.glas.core.churn.ChurnSetup.defaults(ds, "Churn", "true");
        var features = new java.util.ArrayList<>(setup.features());
        features.remove("customerID");
        setup = setup.withFeatures(ds, features);
        var direct = dev.glas.core.churn.ChurnLab.run(ds, setup, new dev.glas.core.churn.ChurnOptions(
                List.of(dev.glas.core.churn.ModelKind.LR, dev.glas.core.churn.ModelKind.GBM), 3, 0.2,
                dev.glas.core.churn.Balance.NONE, 7, 0, 1), Progress.NONE, Cancellation.NEVER);
        assertEquals(direct.best().kind(), result.lab().best().kind());
        assertEquals(direct.best().mean(dev.glas.core.churn.FoldMetrics::rocAuc),
                result.lab().best().mean(dev.glas.core.churn.FoldMetrics::rocAuc), 1e-12);
        assertEquals(ds.rowCount(), result.scores().scores().length);

        byte[] model = run.updated().attachment(dev.glas.core.project.analyses.ChurnAnalysis.MODEL_ENTRY).orElseThrow();
        Path mf = dir.resolve("m.glasmodel");
        Files.write(mf, model);
        assertEquals("Churn", dev.glas.core.churn.ModelFile.load(mf).target());

        ReportText ru = ReportText.of(Locale.of("ru"));
        Path xlsx = dir.resolve("churn.xlsx");
        ExcelReport.write(ProjectReport.content(p, run, ProjectReport.Options.ALL, ru), ru, xlsx, Progress.NONE,
                Cancellation.NEVER);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet board = wb.getSheet("Сравнение моделей");
            Row best = find(board, ru.get(result.lab().best().kind().messageKey()));
            assertEquals(result.lab().best().mean(dev.glas.core.churn.FoldMetrics::rocAuc),
                    best.getCell(1).getNumericCellValue(), 1e-12);
            assertTrue(wb.getSheet("Матрица ошибок") != null && wb.getSheet("Оценки оттока") != null);
            Sheet dataSheet = wb.getSheet("Данные");
            Row header = dataSheet.getRow(0);
            int scoreCol = -1;
            for (Cell c : header) {
                if (c.getStringCellValue().equals("Оценка оттока")) {
                    scoreCol = c.getColumnIndex();
                }
            }
            assertTrue(scoreCol > 0, "score column on the data sheet");
            assertEquals(result.scores().scores()[0], dataSheet.getRow(1).getCell(scoreCol).getNumericCellValue(), 1e-12);
            // reasons only for the rows at or above the threshold, as the scores sheet says
            double t = result.model().threshold();
            int reasonCol = -1;
            for (Cell c : header) {
                if (c.getStringCellValue().equals(ru.get("report.scores.reasons.positive", t))) {
                    reasonCol = c.getColumnIndex();
                }
            }
            assertTrue(reasonCol > 0, "reason column on the data sheet");
            int explained = 0;
            for (int i = 0; i < ds.rowCount(); i++) {
                Cell c = dataSheet.getRow(i + 1).getCell(reasonCol);
                String reasons = c == null ? "" : c.getStringCellValue();
                boolean above = result.scores().scores()[i] >= t;
                assertEquals(above, !reasons.isEmpty(), "row " + i + ": " + reasons);
                explained += above ? 1 : 0;
            }
            assertTrue(explained > 0 && explained < ds.rowCount(), "both sides of the threshold: " + explained);
            assertEquals(explained, result.scores().explained());
            String note = ru.get("report.scores.reasons.positive.note", explained, t);
            assertTrue(note.startsWith("Главные причины рассчитаны только для"), note);
            StringBuilder scoresSheet = new StringBuilder();
            for (Row r : wb.getSheet("Оценки оттока")) {
                for (Cell c : r) {
                    scoresSheet.append(c).append('|');
                }
            }
            assertTrue(scoresSheet.toString().contains(note), "note on the scores sheet: " + scoresSheet);
        }
    }

    @Test
    void textFromAProjectEqualsADirectTrainingAndLabelsEveryRow() throws Exception {
        Path data = dir.resolve("cedr.csv");
        try (InputStream in = getClass().getResourceAsStream("/dev/glas/samples/cedr_ru_emotions.csv")) {
            Files.copy(in, data);
        }
        DataImporter importer = new DataImporter();
        var state = new dev.glas.core.project.analyses.TextAnalysis.State(null, "text", "source", 2, 3, 3, 11, null);
        Project p = Project.create("CEDR").withSource(DataSource.of("source-1", data, importer.detect(data)))
                .with(dev.glas.core.project.analyses.TextAnalysis.INSTANCE, state);
        ProjectRunner.Result run = ProjectRunner.run(p, null, importer, Progress.NONE, Cancellation.NEVER);
        assertTrue(run.allOk(), () -> run.runs().toString());
        var r = (dev.glas.core.report.sections.TextSection.Result) run.runs().getFirst().result();
        var ds = importer.read(data);
        var direct = dev.glas.core.text.TextTrainer.train(dev.glas.core.text.TextClassification.texts(ds, "text"),
                dev.glas.core.text.TextClassification.texts(ds, "source"),
                dev.glas.core.text.TextTrainer.Options.tfidf(2, 11), Progress.NONE, Cancellation.NEVER);
        assertEquals(direct.cvMacroF1(), r.training().cvMacroF1(), 1e-12);
        assertEquals(3, r.themes().k());
        assertTrue(run.updated().attachment(dev.glas.core.project.analyses.TextAnalysis.MODEL_ENTRY).isPresent());

        ReportText en = ReportText.of(Locale.ENGLISH);
        Path xlsx = dir.resolve("text.xlsx");
        ExcelReport.write(ProjectReport.content(p, run, ProjectReport.Options.ALL, en), en, xlsx, Progress.NONE,
                Cancellation.NEVER);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet texts = wb.getSheet("Texts");
            Row macro = find(texts, "Macro average");
            assertEquals(r.training().outOfFold().macroF1(), macro.getCell(3).getNumericCellValue(), 1e-12);
            Row header = wb.getSheet("Data").getRow(0);
            List<String> names = new java.util.ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertTrue(names.containsAll(List.of("text: label", "text: probability", "text: theme")), names.toString());
        }
    }
}
