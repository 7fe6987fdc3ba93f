package dev.glas.core.behavior;

import dev.glas.core.data.DataFormatException;
import dev.glas.core.data.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * A socio-demographic table joined to the users of an event log.
 *
 * @param table  the table
 * @param key    user id column (values normalized like log user ids)
 * @param gender gender column or null
 * @param age    age column (numeric) or null; gives the {@code age_group} feature
 */
public record Socdem(Dataset table, String key, String gender, String age) {

    public Socdem {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    /** Validates the column names. */
    public Socdem checked() throws DataFormatException {
        for (String c : new String[] {key, gender, age}) {
            if (c != null && !table.columnNames().contains(c)) {
                throw new DataFormatException("behavior.error.column", c, String.join(", ", table.columnNames()));
            }
        }
        return this;
    }

    /**
     * Result of matching log users with socdem rows.
     *
     * @param rowOfUser        per log user code the socdem row, or -1
     * @param logOnly          log users without a socdem row
     * @param socdemOnly       socdem keys that never appear in the log
     * @param duplicateKeys    socdem rows whose key repeats an earlier row (the first row is used)
     * @param logOnlyExamples  up to 20 such user ids
     * @param socdemOnlyExamples up to 20 such keys
     */
    public record Match(int[] rowOfUser, int logOnly, int socdemOnly, int duplicateKeys, List<String> logOnlyExamples,
                        List<String> socdemOnlyExamples) {
    }

    public Match match(String[] userNames) {
        Column<?> k = table.column(key);
        Map<String, Integer> rowOf = new HashMap<>();
        int dup = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            String id = EventLogReader.normalizeId(EventLogReader.text(k, r));
            if (id.isEmpty()) {
                continue;
            }
            if (rowOf.putIfAbsent(id, r) != null) {
                dup++;
            }
        }
        int[] rowOfUser = new int[userNames.length];
        int logOnly = 0;
        List<String> logEx = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int u = 0; u < userNames.length; u++) {
            Integer r = rowOf.get(userNames[u]);
            rowOfUser[u] = r == null ? -1 : r;
            if (r == null) {
                logOnly++;
                if (logEx.size() < 20) {
                    logEx.add(userNames[u]);
                }
            } else {
                seen.add(userNames[u]);
            }
        }
        int socOnly = 0;
        List<String> socEx = new ArrayList<>();
        for (String id : rowOf.keySet().stream().sorted().toList()) {
            if (!seen.contains(id)) {
                socOnly++;
                if (socEx.size() < 20) {
                    socEx.add(id);
                }
            }
        }
        return new Match(rowOfUser, logOnly, socOnly, dup, List.copyOf(logEx), List.copyOf(socEx));
    }

    /** Numeric value of the age column at a row, NaN when missing or not numeric. */
    public double ageAt(int row) {
        if (age == null || row < 0) {
            return Double.NaN;
        }
        Column<?> c = table.column(age);
        if (c.isMissing(row)) {
            return Double.NaN;
        }
        if (c instanceof NumericColumn<?> nc) {
            return nc.getDouble(row);
        }
        try {
            return Double.parseDouble(c.getString(row).trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Text of the gender column at a row, "" when missing. */
    public String genderAt(int row) {
        if (gender == null || row < 0) {
            return "";
        }
        return EventLogReader.text(table.column(gender), row);
    }

    /** Age groups: under 25, 25–34, 35–44, 45–54, 55–64, 65+; "" when unknown. */
    public static String ageGroup(double age) {
        if (Double.isNaN(age)) {
            return "";
        }
        if (age < 25) {
            return "<25";
        }
        if (age < 35) {
            return "25-34";
        }
        if (age < 45) {
            return "35-44";
        }
        if (age < 55) {
            return "45-54";
        }
        if (age < 65) {
            return "55-64";
        }
        return "65+";
    }

    public static final List<String> AGE_GROUPS = List.of("<25", "25-34", "35-44", "45-54", "55-64", "65+");
}
