package dev.glas.core.behavior;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guesses which columns of an event log (and of a socdem table) play which role, from column names in English
 * and Russian and from sample values (timestamps are recognized by parsing). Every guess may be null; the mapping
 * dialog shows them for the analyst to confirm.
 */
public final class MappingGuess {

    private MappingGuess() {
    }

    /** Guessed roles of an event log; any may be null. */
    public record LogGuess(String user, String time, String event, String session, String deviceMaker,
                           String deviceModel, String os, TimeFormat timeFormat) {

        /** The guessed mapping, or null when a required role is missing. */
        public ColumnMapping toMapping(ZoneId zone) {
            if (user == null || time == null || event == null || timeFormat == null) {
                return null;
            }
            return new ColumnMapping(user, time, event, session, deviceMaker, deviceModel, os, timeFormat, zone);
        }
    }

    /** Guessed roles of a socdem table; any may be null. */
    public record SocdemGuess(String key, String gender, String age) {
    }

    private static final Pattern USER = Pattern.compile(
            "(user|client|customer|member|account|visitor|subscriber|abonent|uid|пользоват|клиент|абонент|лиц.*сч).*");
    private static final Pattern TIME = Pattern.compile(
            ".*(time|date|timestamp|created|ts|datetime|врем|дата).*");
    private static final Pattern EVENT = Pattern.compile(
            ".*(event|action|screen|page|activity|name|type|description|событ|действ|экран).*");
    private static final Pattern SESSION = Pattern.compile(".*(session|visit|сесс|сеанс).*");
    private static final Pattern MAKER = Pattern.compile(".*(maker|manufacturer|brand|vendor|производ|бренд).*");
    private static final Pattern MODEL = Pattern.compile(".*(model|модел).*");
    private static final Pattern OS = Pattern.compile("(os|os_.*|.*_os|platform|.*operating.*|.*ос|платформ.*)");
    private static final Pattern GENDER = Pattern.compile(".*(gender|sex|пол)$|^пол.*");
    private static final Pattern AGE = Pattern.compile(".*(age|возраст).*");

    public static LogGuess guessLog(List<String> columns, List<List<String>> rows) {
        List<String> free = new ArrayList<>(columns);
        String time = null;
        TimeFormat tf = null;
        // timestamp: a column whose values parse; prefer names that look like time
        for (boolean byName : new boolean[] {true, false}) {
            for (String c : free) {
                if (byName && !TIME.matcher(norm(c)).matches()) {
                    continue;
                }
                TimeFormat f = TimeFormat.guess(values(columns, rows, c));
                if (f != null && (byName || f != TimeFormat.EPOCH_SECONDS)) {
                    time = c;
                    tf = f;
                    break;
                }
            }
            if (time != null) {
                break;
            }
        }
        free.remove(time);
        String session = take(free, SESSION);
        String user = take(free, USER);
        if (user == null) {
            user = takeId(free, columns, rows);
        }
        String maker = take(free, MAKER);
        String model = take(free, MODEL);
        String os = take(free, OS);
        String event = take(free, EVENT);
        return new LogGuess(user, time, event, session, maker, model, os, tf);
    }

    public static SocdemGuess guessSocdem(List<String> columns, List<List<String>> rows) {
        List<String> free = new ArrayList<>(columns);
        String key = take(free, USER);
        if (key == null) {
            key = takeId(free, columns, rows);
        }
        String gender = take(free, GENDER);
        String age = take(free, AGE);
        return new SocdemGuess(key, gender, age);
    }

    private static String take(List<String> free, Pattern p) {
        for (String c : free) {
            if (p.matcher(norm(c)).matches()) {
                free.remove(c);
                return c;
            }
        }
        return null;
    }

    /** A column named like an id ("id", "*_id") with many distinct values. */
    private static String takeId(List<String> free, List<String> columns, List<List<String>> rows) {
        for (String c : free) {
            String n = norm(c);
            if (n.equals("id") || n.endsWith("_id") || n.endsWith("id")) {
                free.remove(c);
                return c;
            }
        }
        return null;
    }

    private static List<String> values(List<String> columns, List<List<String>> rows, String c) {
        int i = columns.indexOf(c);
        List<String> v = new ArrayList<>();
        for (List<String> r : rows) {
            if (i < r.size()) {
                v.add(r.get(i));
            }
        }
        return v;
    }

    private static String norm(String c) {
        return c.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
