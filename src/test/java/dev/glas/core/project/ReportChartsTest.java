package dev.glas.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.DataImporter;
import dev.glas.core.project.analyses.SegmentAnalysis;
import dev.glas.core.report.ExcelReport;
import dev.glas.core.report.ReportContent;
import dev.glas.core.report.ReportText;
import dev.glas.core.segment.Projection;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's cluster map follows the Segments page's projection choice stored in the project. */
class ReportChartsTest {

    @TempDir
    Path dir;

    private Project project(String choice) throws Exception {
        Path data = dir.resolve("retail.csv");
        if (!Files.exists(data)) {
            try (InputStream in = getClass().getResourceAsStream("/dev/glas/core/segment/online_retail_slice.csv")) {
                Files.copy(in, data);
            }
        }
        Project p = Project.create("map")
                .withSource(DataSource.of("source-1", data, new DataImporter().detect(data)))
                .with(SegmentAnalysis.INSTANCE, new SegmentAnalysis.State(null, List.of("Quantity", "UnitPrice"), false,
                        "median", "robust", 3, 3, 1, 7, null, Map.of(0, "Опт")));
        return choice == null ? p : p.withChartChoice(ReportCharts.PROJECTION_CHOICE, choice);
    }

    private ReportContent content(Project p, Set<String> sections) {
        ProjectRunner.Result run = ProjectRunner.run(p, dir.resolve("p.glas"), new DataImporter(), Progress.NONE,
                Cancellation.NEVER);
        return ProjectReport.content(p, run, new ProjectReport.Options(false, sections), ReportText.of(Locale.ENGLISH));
    }

    @Test
    void mapUsesTheChosenProjection() throws Exception {
        ReportContent pca = content(project(null), Set.of());
        Files.createDirectories(Path.of("target/screenshots"));
        assertEquals(1, pca.charts().size());
        assertTrue(pca.charts().getFirst().title().startsWith("Cluster map (PCA"), pca.charts().getFirst().title());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(pca.charts().getFirst().png()));
        assertEquals(860, img.getWidth());
        int coloured = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth() - 180; x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        Files.write(Path.of("target/screenshots").resolve("report-cluster-map.png"), pca.charts().getFirst().png());
        assertTrue(coloured > 100, "cluster points drawn in colour: " + coloured);

        ReportContent tsne = content(project("TSNE"), Set.of());
        assertTrue(tsne.charts().getFirst().title().startsWith("Cluster map (t-SNE"), tsne.charts().getFirst().title());
        assertEquals(Projection.Method.TSNE, ReportCharts.method(project("tsne")));
        assertEquals(Projection.Method.PCA, ReportCharts.method(project("nonsense")), "unknown choice → PCA");

        ReportContent none = content(project("TSNE"), Set.of("segment.profiles"));
        assertTrue(none.charts().isEmpty(), "--sections without segment.map leaves the map out");

        Path out = dir.resolve("r.xlsx");
        ExcelReport.write(pca, ReportText.of(Locale.ENGLISH), out, Progress.NONE, Cancellation.NEVER);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertTrue(wb.getSheet("Charts") != null);
            assertTrue(wb.getAllPictures().stream().anyMatch(pic -> pic.getData().length == pca.charts().getFirst()
                    .png().length));
        }
    }
}
