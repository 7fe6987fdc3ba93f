package dev.glas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.churn.Collinearity;
import dev.glas.core.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless project flow: {@code glas project new}, {@code glas run}, {@code glas report}. */
class ProjectCliTest {

    @TempDir
    Path dir;
    private Locale saved;

    record Out(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeEach
    void english() {
        saved = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(saved);
    }

    static Out cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlasCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Out(code, out.toString(), err.toString());
    }

    /** Writes a numeric table where c is nearly a + b (high VIF) and an event log. */
    static double[][] writeData(Path data, Path events) throws Exception {
        Random rnd = new Random(7);
        int n = 300;
        double[][] cols = new double[3][n];
        StringBuilder b = new StringBuilder("id,a,b,c,segment\n");
        for (int i = 0; i < n; i++) {
            double a = Math.round(rnd.nextGaussian() * 1000) / 100.0;
            double bb = Math.round(rnd.nextGaussian() * 1000) / 100.0;
            double c = Math.round((a + bb + rnd.nextGaussian() * 0.5) * 100) / 100.0;
            cols[0][i] = a;
            cols[1][i] = bb;
            cols[2][i] = c;
            b.append("id").append(i).append(',').append(a).append(',').append(bb).append(',').append(c).append(',')
                    .append(i % 3 == 0 ? "=cmd|' /C calc'!A0" : "plain").append('\n');
        }
        Files.writeString(data, b.toString());
        StringBuilder e = new StringBuilder("user,ts,event\n");
        for (int u = 0; u < 20; u++) {
            for (int k = 0; k < 10; k++) {
                int minute = k * (k % 3 == 0 ? 45 : 5);
                e.append("u").append(u).append(",2025-03-0").append(1 + u % 5).append(' ')
                        .append(String.format("%02d:%02d:00", 8 + u % 10, minute % 60)).append(',')
                        .append(k % 2 == 0 ? "open" : "buy").append('\n');
            }
        }
        Files.writeString(events, e.toString());
        return cols;
    }

    @Test
    void createRunAndReport() throws Exception {
        Path data = dir.resolve("data.csv");
        Path events = dir.resolve("events.csv");
        double[][] cols = writeData(data, events);
        Path project = dir.resolve("p.glas");
        Out created = cli("project", "new", data.toString(), events.toString(), "--out", project.toString(),
                "--name", "Test project", "--analysis", "data.profile",
                "--analysis", "churn.vif={\"columns\":[\"a\",\"b\",\"c\"]}",
                "--analysis", "behavior={\"source_id\":\"source-2\",\"user\":\"user\",\"time\":\"ts\",\"event\":\"event\"}",
                "--analysis", "segment.kmeans={\"features\":[\"a\",\"b\"],\"scale\":\"zscore\",\"k_min\":2,"
                        + "\"k_max\":4,\"seed\":7,\"k\":3,\"cluster_names\":{\"0\":\"Малые\"}}",
                "--json");
        assertEquals(0, created.code(), created.err());
        JsonNode cj = created.json();
        assertEquals(2, cj.get("sources").size());
        assertEquals(64, cj.get("sources").get(0).get("sha256").asText().length());
        assertEquals(4, cj.get("analyses").size());

        Out run = cli("run", project.toString(), "--json");
        assertEquals(0, run.code(), run.out() + run.err());
        JsonNode rj = run.json();
        assertEquals("Test project", rj.get("name").asText());
        assertEquals("ok", rj.get("sources").get(0).get("status").asText());
        JsonNode analyses = rj.get("analyses");
        assertEquals(4, analyses.size());
        for (JsonNode a : analyses) {
            assertTrue(a.get("ok").asBoolean(), a.toString());
            assertTrue(a.get("seconds").isNumber());
        }
        assertEquals(300, analyses.get(0).get("rows").asInt());
        List<Collinearity.Vif> expected = Collinearity.vif(List.of("a", "b", "c"), cols);
        for (Collinearity.Vif v : expected) {
            assertEquals(v.vif(), analyses.get(1).get("vif").get(v.feature()).asDouble(), 1e-9 * v.vif());
        }
        assertTrue(expected.get(2).vif() > 10, "c is nearly a + b");
        assertEquals(20, analyses.get(2).get("users").asInt());
        assertEquals(200, analyses.get(2).get("events").asInt());
        // segmentation equals a direct call of core.segment with the same options and seed
        JsonNode seg = analyses.get(3);
        assertEquals("segment.kmeans", seg.get("id").asText());
        assertEquals(3, seg.get("k").asInt());
        var table = new dev.glas.core.data.DataImporter().read(dir.resolve("data.csv"));
        var prepared = dev.glas.core.segment.SegmentSetup.pipeline(table, List.of("a", "b"), null,
                dev.glas.core.prep.Scale.Method.ZSCORE).fit(table);
        var sweep = dev.glas.core.segment.KSweep.run(dev.glas.core.segment.Points.of(prepared.features(List.of("a", "b"))),
                List.of("a", "b"), new dev.glas.core.segment.SweepOptions(2, 4, 3, 7, 10_000, 10_000, 5, 5_000),
                dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        assertEquals(sweep.recommendedK(), seg.get("recommended_k").asInt());
        int[] sizes = new int[3];
        for (int l : sweep.model(3).labels()) {
            sizes[l]++;
        }
        for (int c = 0; c < 3; c++) {
            assertEquals(sizes[c], seg.get("cluster_sizes").get(c).asInt());
        }

        Path xlsx = dir.resolve("out/report.xlsx");
        Out rep = cli("report", project.toString(), "--out", xlsx.toString(), "--lang", "ru", "--json");
        assertEquals(0, rep.code(), rep.err());
        assertEquals("ru", rep.json().get("language").asText());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Обзор", "Данные", "Профиль столбцов", "Мультиколлинеарность (VIF)", "Поведение",
                    "Признаки пользователей", "Профили кластеров", "Выбор k", "Графики"), names);
            // the cluster map of the segmentation (no projection chosen in this project: PCA)
            assertTrue(wb.getSheet("Графики").getRow(0).getCell(0).getStringCellValue().startsWith("Карта кластеров (PCA"));
            var clusters = wb.getSheet("Профили кластеров");
            assertTrue(ExcelText.of(clusters).contains("Малые"), "cluster name from the project");
            var dataSheet = wb.getSheet("Данные");
            assertEquals(300, dataSheet.getLastRowNum(), "header + 300 rows");
            assertEquals("id", dataSheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(cols[0][0], dataSheet.getRow(1).getCell(1).getNumericCellValue(), 1e-12);
            assertTrue(dataSheet.getRow(1).getCell(4).getCellStyle().getQuotePrefixed(), "formula text neutralized");
            assertEquals("Кластер", dataSheet.getRow(0).getCell(5).getStringCellValue(), "derived cluster column");
            String firstCluster = dataSheet.getRow(1).getCell(5).getStringCellValue();
            assertTrue(firstCluster.equals("Малые") || firstCluster.startsWith("Кластер "), firstCluster);
            var users = wb.getSheet("Признаки пользователей");
            assertEquals("user_id", users.getRow(0).getCell(0).getStringCellValue());
            assertEquals(20, users.getLastRowNum());
        }

        // a source that changed is reported, and the analyses re-run on the new data
        Files.writeString(data, Files.readString(data).replace("id0,", "id0x,"));
        Out changed = cli("run", project.toString(), "--json");
        assertEquals(0, changed.code());
        assertEquals("changed", changed.json().get("sources").get(0).get("status").asText());
        assertTrue(changed.json().get("warnings").get(0).asText().contains("has changed"));

        // a missing source without an embedded copy is a clear error
        Files.delete(data);
        Out missing = cli("run", project.toString(), "--json");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no longer at"), missing.err());
    }

    @Test
    void embeddedProjectRunsWithoutTheOriginalFiles() throws Exception {
        Path data = dir.resolve("data.csv");
        writeData(data, dir.resolve("events.csv"));
        Path project = dir.resolve("p.glas");
        Out created = cli("project", "new", data.toString(), "--out", project.toString(), "--embed");
        assertEquals(0, created.code(), created.err());
        Files.delete(data);
        Out run = cli("run", project.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals("missing", run.json().get("sources").get(0).get("status").asText());
        assertEquals(300, run.json().get("analyses").get(0).get("rows").asInt());
        assertFalse(run.json().get("warnings").isEmpty());
    }

    @Test
    void badInputGivesExitTwoAndAMessage() throws Exception {
        Path junk = dir.resolve("junk.glas");
        Files.writeString(junk, "not a zip");
        Out r = cli("run", junk.toString(), "--json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not a Glas project file"), r.err());
        Out missing = cli("report", dir.resolve("nope.glas").toString(), "--out", dir.resolve("r.xlsx").toString());
        assertEquals(2, missing.code());
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "a,b\n1,2\n");
        Out unknown = cli("project", "new", data.toString(), "--out", dir.resolve("x.glas").toString(),
                "--analysis", "nonsense");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown analysis"), unknown.err());
        assertNotNull(unknown.err());
    }

    @Test
    void exportConvertsDataAndRunSaveStoresModels() throws Exception {
        Path data = dir.resolve("data.csv");
        writeData(data, dir.resolve("events.csv"));
        Out csv = cli("export", data.toString(), "--out", dir.resolve("o.csv").toString(), "--json");
        assertEquals(0, csv.code(), csv.err());
        assertEquals(300, csv.json().get("rows").asInt());
        assertTrue(Files.readString(dir.resolve("o.csv")).contains("'=cmd"), "formula text neutralized");
        Out xlsx = cli("export", data.toString(), "--out", dir.resolve("o.xlsx").toString());
        assertEquals(0, xlsx.code(), xlsx.err());
        assertEquals("xlsx", xlsx.json().get("format").asText());

        Path telco = dir.resolve("telco.csv");
        try (var in = getClass().getResourceAsStream("/dev/glas/samples/telco_churn.csv")) {
            Files.copy(in, telco);
        }
        Path project = dir.resolve("churn.glas");
        Out created = cli("project", "new", telco.toString(), "--out", project.toString(), "--analysis",
                "churn.lab={\"target\":\"Churn\",\"positive\":\"Yes\",\"drop\":[\"customerID\"],"
                        + "\"models\":[\"lr\"],\"folds\":2,\"seed\":5}");
        assertEquals(0, created.code(), created.err());
        Out run = cli("run", project.toString(), "--save", "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals("lr", run.json().get("analyses").get(0).get("best_model").asText());
        assertTrue(dev.glas.core.project.ProjectFile.open(project).project()
                .attachment(dev.glas.core.project.analyses.ChurnAnalysis.MODEL_ENTRY).isPresent(), "model stored");
    }

    /** All cell texts of a sheet. */
    static final class ExcelText {
        static String of(org.apache.poi.ss.usermodel.Sheet s) {
            StringBuilder b = new StringBuilder();
            for (var r : s) {
                for (var c : r) {
                    b.append(c).append('|');
                }
            }
            return b.toString();
        }
    }
}
