package dev.glas.core.data;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Parses numbers, dates and date-times straight from bytes (ASCII-compatible text), without creating
 * strings. Numbers: optional sign, digits (no leading zeros: "007" is a code, not a number), decimal point
 * (or comma when {@code decimalComma}, where spaces may group thousands: "1 234,5"), exponent. Dates:
 * {@code yyyy-MM-dd}, {@code dd.MM.yyyy} (day and month may have one digit), optionally followed by
 * {@code HH:mm[:ss[.fff]]} (separated by a space, or {@code T} after an ISO date). Not thread-safe: one
 * parser per thread; results are left in the public fields.
 */
final class ValueParser {

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final boolean decimalComma;
    /** Last parsed number. */
    double value;
    /** Whether the last number was written as an integer (no decimal separator, no exponent). */
    boolean integral;
    /** Last parsed number as a long when {@link #integral}. */
    long longValue;
    /** Last parsed temporal: fields, and whether a time of day was given. */
    int year;
    int month;
    int day;
    int hour;
    int minute;
    int second;
    int nano;
    boolean hasTime;

    ValueParser(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** Missing-value tokens (besides blank cells): NA, N/A, NaN, null, None, #N/A (any case). */
    static boolean isMissingToken(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        int n = e - s;
        if (n < 2 || n > 4) {
            return false;
        }
        return eq(b, s, e, "na") || eq(b, s, e, "n/a") || eq(b, s, e, "nan") || eq(b, s, e, "null")
                || eq(b, s, e, "none") || eq(b, s, e, "#n/a");
    }

    private static boolean eq(byte[] b, int s, int e, String lower) {
        if (e - s != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            int x = b[s + i];
            if (x >= 'A' && x <= 'Z') {
                x += 32;
            }
            if (x != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(byte x) {
        return x >= '0' && x <= '9';
    }

    /** Parses a number from {@code b[s, e)}; on success the result is in {@link #value}. */
    boolean number(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        if (s >= e) {
            return false;
        }
        int i = s;
        boolean neg = false;
        if (b[i] == '-' || b[i] == '+') {
            neg = b[i] == '-';
            i++;
        }
        long m = 0;
        int sig = 0;
        int dropped = 0;
        int intDigits = 0;
        int firstDigit = i;
        while (i < e) {
            byte x = b[i];
            if (digit(x)) {
                if (sig < 18) {
                    m = m * 10 + (x - '0');
                    if (m != 0) {
                        sig++;
                    }
                } else {
                    dropped++;
                }
                intDigits++;
                i++;
            } else if (decimalComma && intDigits > 0 && i + 1 < e) {
                int skip = x == ' ' || (x & 0xFF) == 0xA0 ? 1
                        : (x & 0xFF) == 0xC2 && (b[i + 1] & 0xFF) == 0xA0 ? 2 : 0;
                if (skip == 0 || i + skip >= e || !digit(b[i + skip])) {
                    break;
                }
                i += skip;
            } else {
                break;
            }
        }
        if (intDigits > 1 && b[firstDigit] == '0') {
            return false;
        }
        int exp10 = dropped;
        boolean fraction = false;
        int fracDigits = 0;
        if (i < e && b[i] == (decimalComma ? ',' : '.')) {
            fraction = true;
            i++;
            while (i < e && digit(b[i])) {
                if (sig < 18) {
                    m = m * 10 + (b[i] - '0');
                    if (m != 0) {
                        sig++;
                    }
                    exp10--;
                } else {
                    dropped++;
                }
                fracDigits++;
                i++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        boolean exponent = false;
        if (i < e && (b[i] == 'e' || b[i] == 'E')) {
            exponent = true;
            i++;
            boolean eneg = false;
            if (i < e && (b[i] == '-' || b[i] == '+')) {
                eneg = b[i] == '-';
                i++;
            }
            int ev = 0;
            int ed = 0;
            while (i < e && digit(b[i])) {
                ev = Math.min(100000, ev * 10 + (b[i] - '0'));
                ed++;
                i++;
            }
            if (ed == 0) {
                return false;
            }
            exp10 += eneg ? -ev : ev;
        }
        if (i != e) {
            return false;
        }
        integral = !fraction && !exponent && dropped == 0;
        if (integral) {
            longValue = neg ? -m : m;
        }
        if (dropped == 0 && m < (1L << 53) && exp10 >= -22 && exp10 <= 22) {
            double v = exp10 >= 0 ? m * POW10[exp10] : m / POW10[-exp10];
            value = neg ? -v : v;
        } else {
            StringBuilder sb = new StringBuilder(e - s);
            for (int k = s; k < e; k++) {
                byte x = b[k];
                if (digit(x) || x == '-' || x == '+' || x == 'e' || x == 'E' || x == '.') {
                    sb.append((char) x);
                } else if (x == ',' && decimalComma) {
                    sb.append('.');
                }
            }
            value = Double.parseDouble(sb.toString());
        }
        return true;
    }

    /** Parses a date or date-time from {@code b[s, e)}; on success the fields hold it. */
    boolean temporal(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        int n = e - s;
        if (n < 8) {
            return false;
        }
        int i;
        if (n >= 10 && digit(b[s]) && digit(b[s + 1]) && digit(b[s + 2]) && digit(b[s + 3])
                && (b[s + 4] == '-' || b[s + 4] == '/')) {
            byte sep = b[s + 4];
            year = num(b, s, 4);
            i = s + 5;
            int mlen = digits(b, i, e);
            if (mlen < 1 || mlen > 2 || i + mlen >= e || b[i + mlen] != sep) {
                return false;
            }
            month = num(b, i, mlen);
            i += mlen + 1;
            int dlen = digits(b, i, e);
            if (dlen < 1 || dlen > 2) {
                return false;
            }
            day = num(b, i, dlen);
            i += dlen;
            if (i < e && b[i] == 'T') {
                if (!time(b, i + 1, e)) {
                    return false;
                }
            } else if (i < e && b[i] == ' ') {
                if (!time(b, i + 1, e)) {
                    return false;
                }
            } else if (i == e) {
                hasTime = false;
            } else {
                return false;
            }
        } else {
            int dlen = digits(b, s, e);
            if (dlen < 1 || dlen > 2 || s + dlen >= e || b[s + dlen] != '.') {
                return false;
            }
            day = num(b, s, dlen);
            i = s + dlen + 1;
            int mlen = digits(b, i, e);
            if (mlen < 1 || mlen > 2 || i + mlen >= e || b[i + mlen] != '.') {
                return false;
            }
            month = num(b, i, mlen);
            i += mlen + 1;
            if (digits(b, i, e) != 4) {
                return false;
            }
            year = num(b, i, 4);
            i += 4;
            if (i == e) {
                hasTime = false;
            } else if (b[i] == ' ') {
                if (!time(b, i + 1, e)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        return day <= LocalDate.of(2000, month, 1).lengthOfMonth()
                && (month != 2 || day < 29 || java.time.Year.isLeap(year));
    }

    private boolean time(byte[] b, int i, int e) {
        while (i < e && b[i] == ' ') {
            i++;
        }
        int hlen = digits(b, i, e);
        if (hlen < 1 || hlen > 2 || i + hlen >= e || b[i + hlen] != ':') {
            return false;
        }
        hour = num(b, i, hlen);
        i += hlen + 1;
        if (digits(b, i, e) != 2) {
            return false;
        }
        minute = num(b, i, 2);
        i += 2;
        second = 0;
        nano = 0;
        if (i < e && b[i] == ':') {
            i++;
            if (digits(b, i, e) != 2) {
                return false;
            }
            second = num(b, i, 2);
            i += 2;
            if (i < e && (b[i] == '.' || b[i] == ',')) {
                i++;
                int flen = digits(b, i, e);
                if (flen < 1 || flen > 9) {
                    return false;
                }
                nano = num(b, i, flen);
                for (int k = flen; k < 9; k++) {
                    nano *= 10;
                }
                i += flen;
            }
        }
        if (i < e && b[i] == 'Z') {
            i++;
        }
        hasTime = true;
        return i == e && hour < 24 && minute < 60 && second < 60;
    }

    private static int digits(byte[] b, int i, int e) {
        int k = 0;
        while (i + k < e && digit(b[i + k])) {
            k++;
        }
        return k;
    }

    private static int num(byte[] b, int i, int len) {
        int v = 0;
        for (int k = 0; k < len; k++) {
            v = v * 10 + (b[i + k] - '0');
        }
        return v;
    }

    LocalDateTime dateTime() {
        return LocalDateTime.of(year, month, day, hour, minute, second, nano);
    }
}
