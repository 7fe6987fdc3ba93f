package dev.glas.core.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * Sessions, user features and churn counts equal the pandas reference ({@code src/test/python/behavior_reference.py})
 * on two committed fixtures: a generated app log with socdem and a slice of UCI Online Retail.
 */
class BehaviorReferenceTest {

    static Path resource(String name) throws Exception {
        return Path.of(BehaviorReferenceTest.class.getResource(name).toURI());
    }

    @Test
    void generatedLogMatchesPandas() throws Exception {
        ColumnMapping m = ColumnMapping.of("user_id", "timestamp", "event")
                .withDevice("device_maker", "device_model", "os");
        EventLog log = EventLogReader.readCsv(resource("gen5k_events.csv"), m, Progress.NONE, Cancellation.NEVER);
        BehaviorResult r = Behavior.analyze(log, BehaviorOptions.defaults().withChurnInactiveDays(14)
                .withChurnEvents(Set.of("delete_account")), Progress.NONE, Cancellation.NEVER);
        Dataset socdemTable = new DataImporter().read(resource("gen5k_socdem.csv"));
        Socdem sd = new Socdem(socdemTable, "user_id", "gender", "age").checked();
        FeatureTable.Result ft = FeatureTable.build(r, sd, "features");

        JsonNode summary = new ObjectMapper().readTree(resource("gen5k_expected_summary.json").toFile());
        checkSummary(r, summary);
        assertEquals(summary.get("churn_inactive").asInt(), r.churn().inactive());
        assertEquals(summary.get("churn_explicit").asInt(), r.churn().explicit());
        checkFeatures(ft.dataset(), resource("gen5k_expected_features.csv"));
        checkSessions(r, resource("gen5k_expected_sessions.csv"));
        // the generator leaves 2 % of log users out of socdem and adds 3 % socdem-only users
        assertTrue(ft.match().logOnly() >= 0 && ft.match().socdemOnly() > 0);
    }

    @Test
    void onlineRetailSliceMatchesPandas() throws Exception {
        ColumnMapping m = ColumnMapping.of("CustomerID", "InvoiceDate", "Description");
        EventLog log = EventLogReader.readCsv(resource("retail_slice.csv"), m, Progress.NONE, Cancellation.NEVER);
        BehaviorResult r = Behavior.analyze(log, BehaviorOptions.defaults().withChurnInactiveDays(90),
                Progress.NONE, Cancellation.NEVER);
        JsonNode summary = new ObjectMapper().readTree(resource("retail_expected_summary.json").toFile());
        checkSummary(r, summary);
        assertEquals(6664 - 6324, log.skipped(), "rows without CustomerID are skipped");
        checkFeatures(FeatureTable.build(r, null, "features").dataset(), resource("retail_expected_features.csv"));
    }

    @Test
    void datasetPathEqualsStreamingPath() throws Exception {
        Dataset ds = new DataImporter().read(resource("gen5k_events.csv"));
        ColumnMapping m = ColumnMapping.of("user_id", "timestamp", "event")
                .withDevice("device_maker", "device_model", "os");
        BehaviorResult a = Behavior.analyze(EventLogReader.fromDataset(ds, m, Progress.NONE, Cancellation.NEVER),
                BehaviorOptions.defaults(), Progress.NONE, Cancellation.NEVER);
        BehaviorResult b = Behavior.analyze(
                EventLogReader.readCsv(resource("gen5k_events.csv"), m, Progress.NONE, Cancellation.NEVER),
                BehaviorOptions.defaults(), Progress.NONE, Cancellation.NEVER);
        assertEquals(b.sessions().count(), a.sessions().count());
        assertEquals(b.medianSessionSeconds(), a.medianSessionSeconds());
        assertEquals(java.util.Arrays.toString(b.byHour()), java.util.Arrays.toString(a.byHour()));
    }

    private static void checkSummary(BehaviorResult r, JsonNode s) {
        assertEquals(s.get("events").asInt(), r.log().size());
        assertEquals(s.get("users").asInt(), r.features().users());
        assertEquals(s.get("sessions").asInt(), r.sessions().count());
        assertEquals(s.get("median_session_seconds").asDouble(), r.medianSessionSeconds(), 1e-9);
        assertEquals(s.get("churned_users").asInt(), r.churn().churned());
        double lengthSum = 0;
        for (int i = 0; i < r.sessions().count(); i++) {
            lengthSum += r.sessions().lengthSeconds(i);
        }
        assertEquals(s.get("session_length_sum").asDouble(), lengthSum, 1e-6);
        for (int h = 0; h < 24; h++) {
            assertEquals(s.get("by_hour").get(h).asInt(), r.byHour()[h], "hour " + h);
        }
    }

    /** Every expected column and user equals the Java dataset (numbers within 1e-9, text exactly). */
    static void checkFeatures(Dataset actual, Path expectedCsv) throws Exception {
        EventLogReader.Head e = EventLogReader.head(expectedCsv, Integer.MAX_VALUE);
        assertEquals(e.columns(), actual.columnNames());
        assertEquals(e.rows().size(), actual.rowCount());
        Map<String, Integer> rowOf = new HashMap<>();
        Column<?> ids = actual.column("user_id");
        for (int r = 0; r < actual.rowCount(); r++) {
            rowOf.put(ids.getString(r), r);
        }
        int checked = 0;
        for (List<String> row : e.rows()) {
            Integer r = rowOf.get(row.get(0));
            assertTrue(r != null, "user " + row.get(0));
            for (int c = 1; c < e.columns().size(); c++) {
                String col = e.columns().get(c);
                Column<?> ac = actual.column(col);
                String exp = row.get(c);
                String where = "user " + row.get(0) + " column " + col;
                if (exp.isEmpty()) {
                    assertTrue(ac.isMissing(r) || ac.getString(r).isEmpty(), where);
                } else if (ac instanceof NumericColumn<?> nc) {
                    double x = Double.parseDouble(exp);
                    assertEquals(x, nc.getDouble(r), 1e-9 * Math.max(1, Math.abs(x)), where);
                } else {
                    assertEquals(exp, ac.getString(r), where);
                }
                checked++;
            }
        }
        assertTrue(checked > 100);
    }

    private static void checkSessions(BehaviorResult r, Path expectedCsv) throws Exception {
        EventLogReader.Head e = EventLogReader.head(expectedCsv, Integer.MAX_VALUE);
        List<String> exp = new ArrayList<>();
        for (List<String> row : e.rows()) {
            exp.add(String.join("|", row.subList(0, 6)));
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        List<String> act = new ArrayList<>();
        Sessions s = r.sessions();
        EventLog log = r.log();
        for (int i = 0; i < s.count(); i++) {
            act.add(String.join("|", log.userNames()[s.user()[i]],
                    LocalDateTime.ofEpochSecond(s.start()[i] / 1000, 0, ZoneOffset.UTC).format(f),
                    LocalDateTime.ofEpochSecond(s.end()[i] / 1000, 0, ZoneOffset.UTC).format(f),
                    Integer.toString(s.events()[i]), log.eventNames()[s.firstEvent()[i]],
                    log.eventNames()[s.lastEvent()[i]]));
        }
        exp.sort(null);
        act.sort(null);
        assertEquals(exp, act);
    }
}
