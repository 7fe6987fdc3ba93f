package dev.glas.core.behavior;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsTest {

    @TempDir
    Path dir;

    private EventLog read(String csv, ColumnMapping m) throws Exception {
        Path f = dir.resolve("log.csv");
        Files.writeString(f, csv);
        return EventLogReader.readCsv(f, m, Progress.NONE, Cancellation.NEVER);
    }

    @Test
    void gapExactlyEqualKeepsTheSessionLikePandasDiffGreaterThanGap() throws Exception {
        // a: 10:00, 10:30 (diff == 30 min → same session), 11:00:01 (diff > 30 min → new session)
        String csv = "user,ts,ev\n"
                + "a,2025-03-01 10:30:00,view\n"
                + "a,2025-03-01 10:00:00,login\n"
                + "a,2025-03-01 11:00:01,pay\n"
                + "b,2025-03-01 10:00:00,login\n";
        EventLog log = read(csv, ColumnMapping.of("user", "ts", "ev"));
        BehaviorResult r = Behavior.analyze(log, BehaviorOptions.defaults(), Progress.NONE, Cancellation.NEVER);
        assertEquals(3, r.sessions().count());
        int a = java.util.Arrays.asList(log.userNames()).indexOf("a");
        assertEquals(2, r.features().sessions()[a]);
        // first session of a: 10:00 → 10:30, 2 events, login first (sorted by time, not by file order)
        int s0 = r.sessions().userFrom()[a];
        assertEquals(1800.0, r.sessions().lengthSeconds(s0));
        assertEquals(2, r.sessions().events()[s0]);
        assertEquals("login", log.eventNames()[r.sessions().firstEvent()[s0]]);
        assertEquals("view", log.eventNames()[r.sessions().lastEvent()[s0]]);
        // a shorter gap splits it
        BehaviorResult r2 = Behavior.analyze(log, BehaviorOptions.defaults().withGapMinutes(29.99),
                Progress.NONE, Cancellation.NEVER);
        assertEquals(4, r2.sessions().count());
    }

    @Test
    void sessionIdColumnDefinesSessions() throws Exception {
        String csv = "user,ts,ev,sid\n"
                + "a,2025-03-01 10:00:00,login,s1\n"
                + "a,2025-03-01 15:00:00,view,s1\n"
                + "a,2025-03-01 15:01:00,pay,s2\n"
                + "b,2025-03-01 10:00:00,login,s1\n";
        EventLog log = read(csv, ColumnMapping.of("user", "ts", "ev").withSession("sid"));
        BehaviorResult r = Behavior.analyze(log, BehaviorOptions.defaults(), Progress.NONE, Cancellation.NEVER);
        // (a,s1), (a,s2), (b,s1): a session id is scoped to its user; no gap splitting
        assertEquals(3, r.sessions().count());
        assertEquals(5 * 3600.0, r.sessions().lengthSeconds(r.sessions().userFrom()[0]));
        assertEquals(0, r.gapMillis());
    }

    @Test
    void churnDefinitionsAndWindow() throws Exception {
        String csv = "user,ts,ev\n"
                + "a,2025-03-01 10:00:00,login\n"
                + "a,2025-03-20 10:00:00,login\n"
                + "b,2025-03-02 10:00:00,login\n"
                + "b,2025-03-03 10:00:00,delete_account\n"
                + "c,2025-03-25 10:00:00,login\n"
                + "d,2025-04-30 10:00:00,login\n";
        EventLog log = read(csv, ColumnMapping.of("user", "ts", "ev"));
        long end = TimeFormat.ISO.parse("2025-03-31 23:59:59", java.time.ZoneOffset.UTC);
        BehaviorResult r = Behavior.analyze(log, BehaviorOptions.defaults().withChurnInactiveDays(10)
                .withChurnEvents(Set.of("delete_account")).withWindow(null, end), Progress.NONE, Cancellation.NEVER);
        // d is outside the window; a (last 20th, 11.6 days before end) and b are inactive; b is explicit
        assertEquals(3, r.features().users());
        assertEquals(2, r.churn().inactive());
        assertEquals(1, r.churn().explicit());
        assertEquals(1, r.churn().both());
        assertEquals(2, r.churn().churned());
        assertEquals(end, r.observationEnd());
        // a: 11.6 days idle, b: 28.6, c: 6.6 → thresholds 7/10/30 mark 2/2/0 users
        assertArrayEquals(new int[] {2, 2, 0}, r.inactiveCounts(new int[] {7, 10, 30}));
    }

    @Test
    void csvQuotesCrlfAndFloatIds() throws Exception {
        String csv = "id;\"time\";event\r\n"
                + "17850.0;01.12.2010 08:26;\"RECORD FRAME 7\"\" SINGLE; SIZE \"\r\n"
                + ";01.12.2010 08:27;x\r\n"
                + "17850;01.12.2010 08:40;\"multi\nline\"\r\n"
                + "13047.5;01.12.2010 09:00;y";
        EventLog log = read(csv, ColumnMapping.of("id", "time", "event").withTimeFormat(TimeFormat.DMY_DOT));
        assertEquals(3, log.size());
        assertEquals(1, log.skipped());
        assertArrayEquals(new String[] {"17850", "13047.5"}, log.userNames());
        assertArrayEquals(new String[] {"RECORD FRAME 7\" SINGLE; SIZE", "multi\nline", "y"}, log.eventNames());
    }

    @Test
    void missingColumnIsALocalizedError() {
        assertThrows(dev.glas.core.data.DataFormatException.class,
                () -> read("a,b\n1,2\n", ColumnMapping.of("user", "b", "a")));
    }

    @Test
    void largeUnsortedLogSortsStably() {
        // 3 users, times descending in file order: the per-user sort must restore time order
        int n = 30_000;
        int[] user = new int[n];
        long[] time = new long[n];
        int[] ev = new int[n];
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            user[i] = i % 3;
            time[i] = (n - i) / 2 * 1000L; // pairs of equal times
            ev[i] = i % 2;
            row[i] = i;
        }
        EventLog log = new EventLog(n, user, time, ev, null, null, null, null, row, new String[] {"a", "b", "c"},
                new String[] {"e0", "e1"}, null, null, null, null, 0);
        int[] order = Behavior.sortByUserTime(log, Cancellation.NEVER);
        for (int k = 1; k < n; k++) {
            int i = order[k - 1];
            int j = order[k];
            assertTrue(user[i] < user[j] || user[i] == user[j]
                    && (time[i] < time[j] || time[i] == time[j] && i < j), "position " + k);
        }
    }
}
