package dev.glas.core.behavior;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesAndRealisticShape() throws Exception {
        EventLogGenerator.Options o = new EventLogGenerator.Options(60_000, 90, LocalDate.of(2025, 1, 6), 11);
        EventLogGenerator.Summary a = EventLogGenerator.generate(o, dir.resolve("a.csv"), dir.resolve("as.csv"));
        EventLogGenerator.generate(o, dir.resolve("b.csv"), dir.resolve("bs.csv"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.csv")), Files.readAllBytes(dir.resolve("b.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("as.csv")), Files.readAllBytes(dir.resolve("bs.csv")));
        assertEquals(60_000, a.events());

        ColumnMapping m = ColumnMapping.of("user_id", "timestamp", "event").withDevice("device_maker",
                "device_model", "os");
        EventLog log = EventLogReader.readCsv(dir.resolve("a.csv"), m, Progress.NONE, Cancellation.NEVER);
        assertEquals(a.users(), log.userCount(), "every generated user has events");
        BehaviorResult r = Behavior.analyze(log, BehaviorOptions.defaults().withChurnInactiveDays(30)
                .withChurnEvents(Set.of("delete_account")), Progress.NONE, Cancellation.NEVER);
        // daily rhythm: evening peak well above the night
        assertTrue(r.byHour()[20] > 5 * r.byHour()[3], Arrays.toString(r.byHour()));
        // weekly rhythm: a weekend day is less active than a weekday on average
        long[] wd = new long[7];
        for (int i = 0; i < log.size(); i++) {
            wd[Stats.weekday(log.time()[i])]++;
        }
        assertTrue(wd[5] + wd[6] < (wd[0] + wd[1] + wd[2] + wd[3] + wd[4]) * 2 / 5.0, Arrays.toString(wd));
        // churners: explicit deletions exist and inactivity churn marks a sizeable minority
        assertTrue(r.churn().explicit() > 0);
        double share = r.churn().churned() / (double) r.features().users();
        assertTrue(share > 0.1 && share < 0.6, "churn share " + share);
        assertTrue(log.makerNames().length >= 5 && log.osNames().length >= 5);
        // sessions several minutes long, several events each
        assertTrue(r.medianSessionSeconds() > 30 && r.medianSessionSeconds() < 1200);
    }
}
