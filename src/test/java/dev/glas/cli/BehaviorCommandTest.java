package dev.glas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BehaviorCommandTest {

    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Path.of(BehaviorCommandTest.class.getResource("/dev/glas/core/behavior/" + name).toURI());
    }

    @Test
    void printsTheIssueJsonAndWritesFeatures() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path features = dir.resolve("f.csv");
        int code = GlasCli.run(new PrintWriter(out), new PrintWriter(err), "behavior",
                resource("gen5k_events.csv").toString(), "--user", "user_id", "--time", "timestamp", "--event",
                "event", "--socdem", resource("gen5k_socdem.csv").toString(), "--on", "user_id",
                "--churn-inactive-days", "14", "--churn-event", "delete_account", "--features-out",
                features.toString(), "--json");
        assertEquals(0, code, err.toString());
        JsonNode j = new ObjectMapper().readTree(out.toString());
        JsonNode expected = new ObjectMapper().readTree(resource("gen5k_expected_summary.json").toFile());
        for (String k : new String[] {"events", "users", "sessions", "churned_users"}) {
            assertEquals(expected.get(k).asLong(), j.get(k).asLong(), k);
        }
        assertEquals(expected.get("median_session_seconds").asDouble(), j.get("median_session_seconds").asDouble());
        assertEquals(expected.get("by_hour"), j.get("by_hour"));
        assertTrue(j.get("seconds").asDouble() > 0);
        assertTrue(j.get("socdem_match").get("socdem_users_not_in_log").asInt() > 0);
        assertTrue(Files.readAllLines(features).get(0).startsWith("user_id,events,sessions,"));
        assertEquals(expected.get("users").asInt() + 1, Files.readAllLines(features).size());
    }

    @Test
    void jsonLinesWithUtcTimesAreCountedInTheAnalysisZone() throws Exception {
        // the fixture's wall times are Moscow time; write them as UTC instants ("...Z") in JSON lines
        java.util.List<String> lines = Files.readAllLines(resource("gen5k_events.csv"));
        StringBuilder sb = new StringBuilder();
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            java.time.Instant t = java.time.LocalDateTime.parse(c[1], f).atZone(java.time.ZoneId.of("Europe/Moscow"))
                    .toInstant();
            sb.append("{\"uid\":\"").append(c[0]).append("\",\"ts\":\"").append(t).append("\",\"screen\":\"")
                    .append(c[2]).append("\"}\n");
        }
        Path jsonl = dir.resolve("events.jsonl");
        Files.writeString(jsonl, sb);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlasCli.run(new PrintWriter(out), new PrintWriter(err), "behavior", jsonl.toString(), "--user",
                "uid", "--time", "ts", "--event", "screen", "--zone", "Europe/Moscow", "--json");
        assertEquals(0, code, err.toString());
        JsonNode j = new ObjectMapper().readTree(out.toString());
        JsonNode expected = new ObjectMapper().readTree(resource("gen5k_expected_summary.json").toFile());
        assertEquals(expected.get("by_hour"), j.get("by_hour"));
        assertEquals(expected.get("sessions").asInt(), j.get("sessions").asInt());
    }

    @Test
    void unknownColumnExitsWithTwo() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlasCli.run(new PrintWriter(out), new PrintWriter(err), "behavior",
                resource("gen5k_events.csv").toString(), "--user", "nope", "--time", "timestamp", "--event", "event",
                "--json");
        assertEquals(2, code);
        assertTrue(err.toString().contains("nope"), err.toString());
        assertEquals("", out.toString());
    }
}
