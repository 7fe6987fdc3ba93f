package dev.glas.core.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeFormatTest {

    private static long wall(String iso) {
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    @Test
    void parsesLayoutsIntoWallTimeOfTheZone() {
        ZoneId msk = ZoneId.of("Europe/Moscow");
        assertEquals(wall("2025-01-31T13:45:07"), TimeFormat.ISO.parse("2025-01-31 13:45:07", msk));
        assertEquals(wall("2025-01-31T13:45:07.120"), TimeFormat.ISO.parse("2025-01-31T13:45:07.12", msk));
        assertEquals(wall("2025-01-31T13:45:00"), TimeFormat.ISO.parse("2025-01-31 13:45", msk));
        // offsets are converted to Moscow time (UTC+3)
        assertEquals(wall("2025-01-31T16:45:07"), TimeFormat.ISO.parse("2025-01-31T13:45:07Z", msk));
        assertEquals(wall("2025-01-31T13:45:07"), TimeFormat.ISO.parse("2025-01-31T15:45:07+05:00", msk));
        assertEquals(wall("2025-01-31T13:45:00"), TimeFormat.DMY_DOT.parse("31.01.2025 13:45", msk));
        assertEquals(wall("2025-01-31T13:45:00"), TimeFormat.MDY_SLASH.parse("01/31/2025 13:45", msk));
        assertEquals(wall("2025-01-31T00:00:00"), TimeFormat.DMY_SLASH.parse("31/01/2025", msk));
        assertEquals(wall("2025-01-31T16:45:07"), TimeFormat.EPOCH_SECONDS.parse("1738331107", msk));
        assertEquals(wall("2025-01-31T16:45:07.250"), TimeFormat.EPOCH_MILLIS.parse("1738331107250", msk));
        assertEquals(TimeFormat.INVALID, TimeFormat.ISO.parse("2025-13-01 10:00", msk));
        assertEquals(TimeFormat.INVALID, TimeFormat.ISO.parse("", msk));
        assertEquals(TimeFormat.INVALID, TimeFormat.DMY_DOT.parse("2025-01-31", msk));
    }

    @Test
    void guessesFromSamples() {
        assertEquals(TimeFormat.ISO, TimeFormat.guess(List.of("2010-12-01 08:26:00", "2010-12-01 08:28:00")));
        assertEquals(TimeFormat.DMY_DOT, TimeFormat.guess(List.of("01.12.2010 08:26", "13.12.2010 08:28")));
        assertEquals(TimeFormat.MDY_SLASH, TimeFormat.guess(List.of("12/13/2010 08:26", "12/01/2010 9:28")));
        assertEquals(TimeFormat.EPOCH_MILLIS, TimeFormat.guess(List.of("1738331107250", "1738331107999")));
        assertNull(TimeFormat.guess(List.of("login", "view")));
    }

    @Test
    void calendarHelpers() {
        long t = wall("2025-03-02T23:59:59"); // a Sunday
        assertEquals(23, Stats.hour(t));
        assertEquals(6, Stats.weekday(t));
        assertEquals(0, Stats.weekday(wall("2025-03-03T00:00:00")));
    }
}
