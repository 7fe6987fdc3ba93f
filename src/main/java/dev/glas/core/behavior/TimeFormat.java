package dev.glas.core.behavior;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Timestamp layouts of event logs, parsed without allocation into <em>local wall-clock milliseconds</em>:
 * the wall time in the analysis time zone written as if it were UTC (so hour of day, weekday and calendar
 * day are plain arithmetic). A timestamp with an explicit offset ({@code Z}, {@code +03:00}) or an epoch
 * number is converted to the analysis zone; a timestamp without offset is taken as already in that zone.
 */
public enum TimeFormat {
    /** {@code 2025-01-31 13:45[:07[.123]]}, also with {@code T} and an optional {@code Z}/{@code ±hh[:mm]}. */
    ISO,
    /** {@code 31.01.2025 13:45[:07]} (Russian style). */
    DMY_DOT,
    /** {@code 31/01/2025 13:45[:07]}. */
    DMY_SLASH,
    /** {@code 01/31/2025 13:45[:07]} (US style). */
    MDY_SLASH,
    /** Seconds since 1970-01-01 UTC. */
    EPOCH_SECONDS,
    /** Milliseconds since 1970-01-01 UTC. */
    EPOCH_MILLIS;

    /** Returned for an empty or unparsable value. */
    public static final long INVALID = Long.MIN_VALUE;

    /** Guesses the layout from sample values; {@code null} when none fits most of them. */
    public static TimeFormat guess(List<String> samples) {
        TimeFormat best = null;
        int bestOk = 0;
        int nonEmpty = 0;
        for (String s : samples) {
            if (s != null && !s.isBlank()) {
                nonEmpty++;
            }
        }
        for (TimeFormat f : values()) {
            int ok = 0;
            for (String s : samples) {
                if (s != null && !s.isBlank() && f.parse(s, ZoneOffset.UTC) != INVALID) {
                    ok++;
                }
            }
            if (ok > bestOk) {
                best = f;
                bestOk = ok;
            }
        }
        return nonEmpty > 0 && bestOk * 10 >= nonEmpty * 9 ? best : null;
    }

    public long parse(String s, ZoneId zone) {
        byte[] b = s.trim().getBytes(StandardCharsets.ISO_8859_1);
        return parse(b, 0, b.length, zone.getRules());
    }

    /** Parses ASCII bytes {@code [off, off+len)}; returns local wall ms in the zone of {@code rules} or INVALID. */
    public long parse(byte[] b, int off, int len, ZoneRules rules) {
        while (len > 0 && b[off] == ' ') {
            off++;
            len--;
        }
        while (len > 0 && (b[off + len - 1] == ' ' || b[off + len - 1] == '\r')) {
            len--;
        }
        if (len == 0) {
            return INVALID;
        }
        return switch (this) {
            case EPOCH_SECONDS, EPOCH_MILLIS -> epoch(b, off, len, rules);
            default -> calendar(b, off, len, rules);
        };
    }

    private long epoch(byte[] b, int off, int len, ZoneRules rules) {
        long v = 0;
        int end = off + len;
        int i = off;
        // accept a trailing ".0" of float-written numbers
        int dot = -1;
        for (int k = off; k < end; k++) {
            if (b[k] == '.') {
                dot = k;
                break;
            }
        }
        int digitsEnd = dot >= 0 ? dot : end;
        if (digitsEnd - off < 9 || digitsEnd - off > 13) {
            return INVALID;
        }
        for (; i < digitsEnd; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return INVALID;
            }
            v = v * 10 + d;
        }
        if (dot >= 0) {
            for (int k = dot + 1; k < end; k++) {
                if (b[k] < '0' || b[k] > '9') {
                    return INVALID;
                }
            }
        }
        long ms = this == EPOCH_SECONDS ? v * 1000 : v;
        if (this == EPOCH_SECONDS && digitsEnd - off > 11 || this == EPOCH_MILLIS && digitsEnd - off < 12) {
            return INVALID;
        }
        return toLocal(ms, rules);
    }

    private static long toLocal(long utcMillis, ZoneRules rules) {
        if (rules.isFixedOffset()) {
            return utcMillis + rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds() * 1000L;
        }
        return utcMillis + rules.getOffset(java.time.Instant.ofEpochMilli(utcMillis)).getTotalSeconds() * 1000L;
    }

    private long calendar(byte[] b, int off, int len, ZoneRules rules) {
        int end = off + len;
        int[] pos = {off};
        int year;
        int month;
        int day;
        if (this == ISO) {
            year = digits(b, pos, end, 4, 4);
            if (year < 0 || !sep(b, pos, end, '-') && !sep(b, pos, end, '/')) {
                return INVALID;
            }
            month = digits(b, pos, end, 1, 2);
            if (month < 0 || !sep(b, pos, end, '-') && !sep(b, pos, end, '/')) {
                return INVALID;
            }
            day = digits(b, pos, end, 1, 2);
        } else {
            char s = this == DMY_DOT ? '.' : '/';
            int a = digits(b, pos, end, 1, 2);
            if (a < 0 || !sep(b, pos, end, s)) {
                return INVALID;
            }
            int c = digits(b, pos, end, 1, 2);
            if (c < 0 || !sep(b, pos, end, s)) {
                return INVALID;
            }
            year = digits(b, pos, end, 4, 4);
            if (this == MDY_SLASH) {
                month = a;
                day = c;
            } else {
                day = a;
                month = c;
            }
        }
        if (day < 1 || day > 31 || month < 1 || month > 12 || year < 0) {
            return INVALID;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        int millis = 0;
        int p = pos[0];
        if (p < end && (b[p] == ' ' || b[p] == 'T')) {
            pos[0] = p + 1;
            hour = digits(b, pos, end, 1, 2);
            if (hour < 0 || hour > 23 || !sep(b, pos, end, ':')) {
                return INVALID;
            }
            minute = digits(b, pos, end, 2, 2);
            if (minute < 0 || minute > 59) {
                return INVALID;
            }
            if (pos[0] < end && b[pos[0]] == ':') {
                pos[0]++;
                second = digits(b, pos, end, 2, 2);
                if (second < 0 || second > 59) {
                    return INVALID;
                }
                if (pos[0] < end && (b[pos[0]] == '.' || b[pos[0]] == ',')) {
                    pos[0]++;
                    int start = pos[0];
                    int frac = 0;
                    int digits = 0;
                    while (pos[0] < end && b[pos[0]] >= '0' && b[pos[0]] <= '9') {
                        if (digits < 3) {
                            frac = frac * 10 + (b[pos[0]] - '0');
                            digits++;
                        }
                        pos[0]++;
                    }
                    if (pos[0] == start) {
                        return INVALID;
                    }
                    while (digits < 3) {
                        frac *= 10;
                        digits++;
                    }
                    millis = frac;
                }
            }
        }
        long wall = (daysFromCivil(year, month, day) * 86400L + hour * 3600L + minute * 60L + second) * 1000L + millis;
        p = pos[0];
        if (p == end) {
            return wall;
        }
        // offset
        if (this != ISO) {
            return INVALID;
        }
        if (b[p] == ' ') {
            p++;
        }
        if (p == end) {
            return wall;
        }
        int offsetSeconds;
        if (b[p] == 'Z' && p + 1 == end) {
            offsetSeconds = 0;
        } else if (b[p] == '+' || b[p] == '-') {
            int sign = b[p] == '-' ? -1 : 1;
            pos[0] = p + 1;
            int oh = digits(b, pos, end, 2, 2);
            int om = 0;
            if (oh < 0) {
                return INVALID;
            }
            if (pos[0] < end && b[pos[0]] == ':') {
                pos[0]++;
            }
            if (pos[0] < end) {
                om = digits(b, pos, end, 2, 2);
                if (om < 0) {
                    return INVALID;
                }
            }
            if (pos[0] != end) {
                return INVALID;
            }
            offsetSeconds = sign * (oh * 3600 + om * 60);
        } else {
            return INVALID;
        }
        return toLocal(wall - offsetSeconds * 1000L, rules);
    }

    private static boolean sep(byte[] b, int[] pos, int end, char c) {
        if (pos[0] < end && b[pos[0]] == c) {
            pos[0]++;
            return true;
        }
        return false;
    }

    private static int digits(byte[] b, int[] pos, int end, int min, int max) {
        int v = 0;
        int n = 0;
        int p = pos[0];
        while (p < end && n < max && b[p] >= '0' && b[p] <= '9') {
            v = v * 10 + (b[p] - '0');
            p++;
            n++;
        }
        if (n < min) {
            return -1;
        }
        pos[0] = p;
        return v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
