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
}
