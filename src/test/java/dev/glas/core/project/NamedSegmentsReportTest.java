package dev.glas.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.RowSelection;
import dev.glas.core.report.ExcelReport;
import dev.glas.core.report.ReportText;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named segments of a project in the report: their own sheet and a column on the data sheet. */
class NamedSegmentsReportTest {

    @TempDir
    Path dir;

    @Test
    void segmentsSheetAndDataColumn() throws Exception {
        Path data = dir.resolve("retail.csv");
        try (InputStream in = getClass().getResourceAsStream("/dev/glas/core/segment/online_retail_slice.csv")) {
            Files.copy(in, data);
        }
        DataImporter importer = new DataImporter();
        Dataset d = importer.read(data);
        Project p = Project.create("seg")
                .withSource(DataSource.of("source-1", data, importer.detect(data)))
                .with(dev.glas.core.project.analyses.ProfileAnalysis.INSTANCE,
                        new dev.glas.core.project.analyses.ProfileAnalysis.State(null))
                .withSegment(SavedSegment.of("Крупные", "source-1", RowSelection.of(d, new int[] {0, 2, 5}, "Quantity > 10"), null))
                .withSegment(SavedSegment.of("Первые", "source-1", RowSelection.of(d, new int[] {0, 1}, "rows 1-2"), null));
        ProjectRunner.Result run = ProjectRunner.run(p, dir.resolve("p.glas"), importer, Progress.NONE, Cancellation.NEVER);
        ReportText text = ReportText.of(Locale.of("ru"));
        Path out = dir.resolve("r.xlsx");
        ExcelReport.write(ProjectReport.content(p, run, new ProjectReport.Options(true, Set.of()), text), text, out,
                Progress.NONE, Cancellation.NEVER);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            var sheet = wb.getSheet("Именованные сегменты");
            assertEquals("Крупные", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Quantity > 10", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(3, sheet.getRow(2).getCell(2).getNumericCellValue());
            assertEquals(3.0 / d.rowCount(), sheet.getRow(2).getCell(3).getNumericCellValue(), 1e-12);
            var dataSheet = wb.getSheet("Данные");
            int col = dataSheet.getRow(0).getLastCellNum() - 1;
            assertEquals("Именованные сегменты", dataSheet.getRow(0).getCell(col).getStringCellValue());
            assertEquals("Крупные, Первые", dataSheet.getRow(1).getCell(col).getStringCellValue());
            assertEquals("Первые", dataSheet.getRow(2).getCell(col).getStringCellValue());
            assertEquals("Крупные", dataSheet.getRow(3).getCell(col).getStringCellValue());
            assertNull(dataSheet.getRow(4).getCell(col), "row 4 is in no segment");
        }
        var none = ProjectReport.content(p, run, new ProjectReport.Options(false, Set.of("data.profile")), text);
        assertEquals(List.of(), none.items().stream().filter(i -> i.section().id().equals("project.segments")).toList(),
                "--sections without project.segments leaves them out");
    }
}
