package dev.glas.core.behavior;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.data.DataImporter;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dashboard aggregates equal {@code src/test/python/behavior_dashboard_reference.py} on the generated fixture. */
class DashboardTest {

    static Dashboard d;
    static JsonNode ref;

    @BeforeAll
    static void setUp() throws Exception {
        ColumnMapping m = ColumnMapping.of("user_id", "timestamp", "event")
                .withDevice("device_maker", "device_model", "os");
        EventLog log = EventLogReader.readCsv(BehaviorReferenceTest.resource("gen5k_events.csv"), m, Progress.NONE,
                Cancellation.NEVER);
        BehaviorResult r = Behavior.analyze(log, BehaviorOptions.defaults().withChurnInactiveDays(14)
                .withChurnEvents(Set.of("delete_account")), Progress.NONE, Cancellation.NEVER);
        Socdem sd = new Socdem(new DataImporter().read(BehaviorReferenceTest.resource("gen5k_socdem.csv")),
                "user_id", "gender", "age");
        d = new Dashboard(r, sd, null);
        ref = new ObjectMapper().readTree(BehaviorReferenceTest.resource("gen5k_expected_dashboard.json").toFile());
    }

    private static String key(String label) {
        return Dashboard.UNKNOWN.equals(label) ? "?" : label;
    }

    private static Map<String, Integer> nonZero(Dashboard.Grid g, List<String> columnKeys) {
        Map<String, Integer> m = new HashMap<>();
        for (int r = 0; r < g.rows().size(); r++) {
            for (int c = 0; c < g.columns().size(); c++) {
                if (g.counts()[r][c] != 0) {
                    m.put(key(g.rows().get(r)) + "|" + key(columnKeys.get(c)), g.counts()[r][c]);
                }
            }
        }
        return m;
    }

    private static Map<String, Integer> expected(String field) {
        Map<String, Integer> m = new HashMap<>();
        ref.get(field).properties().forEach(e -> m.put(e.getKey(), e.getValue().asInt()));
        return m;
    }

    @Test
    void countsEqualPandas() {
        assertEquals(expected("age_by_gender"), nonZero(d.ageByGender(), d.ageByGender().columns()));
        Dashboard.Grid hg = d.hourByGender();
        assertEquals(expected("hour_by_gender"), nonZero(hg, hg.columns()));
        Dashboard.Grid ew = d.eventByWeekday(100);
        assertEquals(expected("event_by_weekday"),
                nonZero(ew, List.of("0", "1", "2", "3", "4", "5", "6")));
    }

    @Test
    void sessionLengthByOsEqualsPandas() {
        Dashboard.LengthStats s = d.sessionLengthByOs();
        JsonNode e = ref.get("session_length_by_os");
        assertEquals(e.size(), s.groups().size()); // 7 OSes: no "other" bucket needed… except when > 6
        for (int i = 0; i < s.groups().size(); i++) {
            String g = s.groups().get(i);
            if (Dashboard.OTHER.equals(g)) {
                continue;
            }
            JsonNode x = e.get(g);
            assertEquals(x.get(0).asInt(), s.sessions()[i], g);
            assertEquals(x.get(1).asDouble(), s.median()[i], 1e-9, g);
            assertEquals(x.get(2).asDouble(), s.mean()[i], 1e-9, g);
            assertEquals(x.get(3).asDouble(), s.q1()[i], 1e-9, g);
            assertEquals(x.get(4).asDouble(), s.q3()[i], 1e-9, g);
        }
    }

    @Test
    void cohortsFunnelAndCorrelationEqualPandas() {
        Dashboard.Cohorts co = d.cohorts();
        Map<String, Integer> act = new HashMap<>();
        Map<String, Integer> size = new HashMap<>();
        for (int c = 0; c < co.weekStarts().size(); c++) {
            if (co.size()[c] > 0) {
                size.put(co.weekStarts().get(c), co.size()[c]);
            }
            for (int k = 0; k < co.active()[c].length; k++) {
                if (co.active()[c][k] > 0) {
                    act.put(co.weekStarts().get(c) + "|" + k, co.active()[c][k]);
                }
            }
        }
        assertEquals(expected("cohorts"), act);
        assertEquals(expected("cohort_size"), size);
        int[] funnel = d.funnel(List.of("login", "view_bill", "pay_bill")).users();
        assertArrayEquals(new int[] {ref.get("funnel").get(0).asInt(), ref.get("funnel").get(1).asInt(),
            ref.get("funnel").get(2).asInt()}, funnel);
        Dashboard.Correlation corr = d.correlation();
        JsonNode e = ref.get("correlation");
        for (int i = 0; i < corr.features().size(); i++) {
            for (int j = 0; j < corr.features().size(); j++) {
                assertEquals(e.get(i).get(j).asDouble(), corr.r()[i][j], 1e-9,
                        corr.features().get(i) + " x " + corr.features().get(j));
            }
        }
    }
}
