package dev.glas.core.behavior;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The user features of a {@link BehaviorResult} as a {@link Dataset} (one row per user, in user-code order) that
 * the churn lab and the segmentation studio open directly. Columns: {@code user_id, events, sessions,
 * events_per_session, mean_session_seconds, median_session_seconds, active_days, recency_days, tenure_days,
 * distinct_events, ev_<type>… ev_other, share_<band>…, share_<weekday>…, main_device_maker, main_device_model,
 * main_os}, then the socdem columns (key excluded; a name already taken gets the prefix {@code socdem_}),
 * {@code age_group} when an age column is mapped, and {@code churned} (0/1).
 */
public final class FeatureTable {

    private FeatureTable() {
    }

    /** The dataset and the socdem match (null without socdem). */
    public record Result(Dataset dataset, Socdem.Match match) {
    }

    public static Result build(BehaviorResult r, Socdem socdem, String name) {
        EventLog log = r.log();
        UserFeatures f = r.features();
        int users = f.users();
        Table t = Table.create(name);
        Map<String, ColumnType> types = new LinkedHashMap<>();
        add(t, types, StringColumn.create("user_id", log.userNames()), ColumnType.IDENTIFIER);
        add(t, types, IntColumn.create("events", f.events()), ColumnType.INTEGER);
        add(t, types, IntColumn.create("sessions", f.sessions()), ColumnType.INTEGER);
        double[] eps = new double[users];
        for (int u = 0; u < users; u++) {
            eps[u] = f.events()[u] / (double) f.sessions()[u];
        }
        add(t, types, DoubleColumn.create("events_per_session", eps), ColumnType.NUMERIC);
        add(t, types, DoubleColumn.create("mean_session_seconds", f.meanSessionSeconds()), ColumnType.NUMERIC);
        add(t, types, DoubleColumn.create("median_session_seconds", f.medianSessionSeconds()), ColumnType.NUMERIC);
        add(t, types, IntColumn.create("active_days", f.activeDays()), ColumnType.INTEGER);
        add(t, types, DoubleColumn.create("recency_days", f.recencyDays()), ColumnType.NUMERIC);
        add(t, types, DoubleColumn.create("tenure_days", f.tenureDays()), ColumnType.NUMERIC);
        add(t, types, IntColumn.create("distinct_events", f.distinctEvents()), ColumnType.INTEGER);
        int k1 = f.topTypes().length + 1;
        Set<String> used = new HashSet<>(t.columnNames());
        for (int j = 0; j < k1; j++) {
            int[] c = new int[users];
            for (int u = 0; u < users; u++) {
                c[u] = f.typeCounts()[u * k1 + j];
            }
            String col = j < k1 - 1 ? unique("ev_" + slug(log.eventNames()[f.topTypes()[j]]), used) : "ev_other";
            used.add(col);
            add(t, types, IntColumn.create(col, c), ColumnType.INTEGER);
        }
        for (int b = 0; b < 4; b++) {
            add(t, types, DoubleColumn.create("share_" + UserFeatures.BANDS[b], share(f.bandCounts(), 4, b, f)),
                    ColumnType.NUMERIC);
        }
        for (int d = 0; d < 7; d++) {
            add(t, types, DoubleColumn.create("share_" + UserFeatures.WEEKDAYS[d], share(f.weekdayCounts(), 7, d, f)),
                    ColumnType.NUMERIC);
        }
        if (log.maker() != null) {
            add(t, types, names("main_device_maker", f.mainMaker(), log.makerNames()), ColumnType.CATEGORICAL);
        }
        if (log.model() != null) {
            add(t, types, names("main_device_model", f.mainModel(), log.modelNames()), ColumnType.CATEGORICAL);
        }
        if (log.os() != null) {
            add(t, types, names("main_os", f.mainOs(), log.osNames()), ColumnType.CATEGORICAL);
        }
        Socdem.Match match = null;
        if (socdem != null) {
            match = socdem.match(log.userNames());
            int[] rowOf = match.rowOfUser();
            Table st = socdem.table().table();
            for (Column<?> c : st.columns()) {
                if (c.name().equals(socdem.key())) {
                    continue;
                }
                Column<?> out = c.emptyCopy(users);
                out.setName(t.columnNames().contains(c.name()) ? "socdem_" + c.name() : c.name());
                for (int u = 0; u < users; u++) {
                    if (rowOf[u] < 0 || c.isMissing(rowOf[u])) {
                        out.setMissing(u);
                    } else {
                        setFrom(out, u, c, rowOf[u]);
                    }
                }
                add(t, types, out, socdem.table().type(c.name()));
            }
            if (socdem.age() != null) {
                String[] g = new String[users];
                for (int u = 0; u < users; u++) {
                    g[u] = Socdem.ageGroup(socdem.ageAt(rowOf[u]));
                }
                add(t, types, StringColumn.create("age_group", g), ColumnType.CATEGORICAL);
            }
        }
        int[] churned = new int[users];
        for (int u = 0; u < users; u++) {
            churned[u] = f.churned()[u] ? 1 : 0;
        }
        add(t, types, IntColumn.create("churned", churned), ColumnType.INTEGER);
        return new Result(new Dataset(name, t, types, null), match);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setFrom(Column out, int u, Column<?> c, int row) {
        out.set(u, c.get(row));
    }

    private static void add(Table t, Map<String, ColumnType> types, Column<?> c, ColumnType type) {
        t.addColumns(c);
        types.put(c.name(), type);
    }

    private static StringColumn names(String col, int[] codes, String[] names) {
        String[] v = new String[codes.length];
        for (int u = 0; u < codes.length; u++) {
            v[u] = codes[u] < 0 ? "" : names[codes[u]];
        }
        return StringColumn.create(col, v);
    }

    private static double[] share(int[] counts, int width, int j, UserFeatures f) {
        double[] s = new double[f.users()];
        for (int u = 0; u < f.users(); u++) {
            s[u] = counts[u * width + j] / (double) f.events()[u];
        }
        return s;
    }

    /** Column-safe form of an event name: lower case, runs of other characters → "_", at most 40 chars. */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            s = "empty";
        }
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static String unique(String base, Set<String> used) {
        String s = base;
        int k = 2;
        while (used.contains(s)) {
            s = base + "_" + k++;
        }
        return s;
    }
}
