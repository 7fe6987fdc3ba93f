package dev.glas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.i18n.Messages;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The CLI convention (STYLE.md) checked where it broke in QA: stdout is exactly one JSON object; bad options exit 2. */
class CliContractTest {

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    /** POI's Log4j API printed "could not find a logging provider" on stdout before the JSON of an Excel profile. */
    @Test
    @Timeout(60)
    void excelProfileInAFreshJvmPrintsOnlyTheJsonOnStdout() throws Exception {
        Path xlsx = dir.resolve("t.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("Клиенты");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("id");
            h.createCell(1).setCellValue("amount");
            for (int i = 1; i <= 5; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("c" + i);
                r.createCell(1).setCellValue(i * 1.5);
            }
            wb.write(os);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "dev.glas.Launcher", "profile", xlsx.toString(), "--json"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(50, TimeUnit.SECONDS), "CLI timed out");
        String stdout = Files.readString(out, StandardCharsets.UTF_8).strip();
        assertEquals(0, p.exitValue(), stdout + Files.readString(err));
        assertTrue(stdout.startsWith("{") && stdout.endsWith("}"), "stdout must be one JSON object: " + stdout);
        JsonNode j = new ObjectMapper().readTree(stdout);
        assertEquals(5, j.get("rows").asInt());
        assertEquals(4.5, j.get("columns").get(1).get("mean").asDouble(), 1e-12); // (1.5+3+4.5+6+7.5)/5
    }

    @Test
    void invalidOptionValueIsBadInputWithALocalizedLineNotAStackTrace() throws Exception {
        Path events = dir.resolve("e.csv");
        Files.writeString(events, "user,time,event\nu1,2024-01-01 10:00:00,open\nu1,2024-01-01 10:05:00,pay\n");
        for (String lang : List.of("en", "ru")) {
            Messages.setLocale(Locale.of(lang));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GlasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "behavior",
                    events.toString(), "--user", "user", "--time", "time", "--event", "event", "--gap-minutes", "-5",
                    "--json");
            assertEquals(GlasCli.EXIT_BAD_INPUT, code, err.toString());
            assertEquals("", out.toString());
            assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
            assertTrue(err.toString().startsWith(lang.equals("ru") ? "Недопустимое значение" : "Invalid option value"),
                    err.toString());
            assertTrue(err.toString().contains("gapMinutes"), err.toString());
        }
    }
    @Test
    void generateEventsAcceptsJsonLikeEveryCommandAndTheLogFeedsBehavior() throws Exception {
        Path events = dir.resolve("ev.csv");
        Path socdem = dir.resolve("sd.csv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "generate-events",
                "--events", "3000", "--days", "30", "--seed", "7", "--out", events.toString(), "--socdem-out",
                socdem.toString(), "--json");
        assertEquals(0, code, err.toString());
        JsonNode g = new ObjectMapper().readTree(out.toString());
        assertEquals(3000, g.get("events").asInt());
        StringWriter bout = new StringWriter();
        code = GlasCli.run(new PrintWriter(bout, true), new PrintWriter(err, true), "behavior", events.toString(),
                "--user", "user_id", "--time", "timestamp", "--event", "event", "--socdem", socdem.toString(),
                "--on", "user_id", "--json");
        assertEquals(0, code, err.toString());
        JsonNode b = new ObjectMapper().readTree(bout.toString());
        assertEquals(3000, b.get("events").asInt());
        assertEquals(g.get("users").asInt(), b.get("users").asInt());
        assertEquals(24, b.get("by_hour").size());
    }

    /** The build's AOT training workload runs both of its parts on the bundled samples and exits 0, printing nothing. */
    @Test
    @Timeout(120)
    void aotTrainingWorkloadRunsOnTheBundledSamples() {
        Path samples = Path.of("src/main/resources/dev/glas/samples");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "aot-training",
                samples.resolve("online_retail.csv").toString(), samples.resolve("bank_marketing.csv").toString());
        assertEquals(0, code, err.toString());
        assertEquals("", out.toString());
        // hidden from the usage text
        StringWriter usage = new StringWriter();
        GlasCli.run(new PrintWriter(usage, true), new PrintWriter(err, true), "--help");
        assertFalse(usage.toString().contains("aot-training"), usage.toString());
    }
}
