package dev.glas.core.data;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Building Tablesaw tables with many columns. {@code Table.create(name, columns)} checks every new column's
 * name against all earlier ones by lower-casing them all again, which is quadratic: 20,000 columns took 28 s.
 * Here the same checks (equal sizes, case-insensitively unique names) are done once with a hash set and the
 * columns are added in one step.
 */
final class Tables {

    private static final Field COLUMN_LIST = columnListField();

    private Tables() {
    }

    static Table create(String name, List<Column<?>> columns) {
        if (COLUMN_LIST == null || columns.size() < 256) {
            return Table.create(name, columns);
        }
        Set<String> seen = new HashSet<>();
        int size = columns.isEmpty() ? 0 : columns.getFirst().size();
        for (Column<?> c : columns) {
            if (c.size() != size || !seen.add(c.name().toLowerCase(Locale.ROOT))) {
                return Table.create(name, columns); // let Tablesaw report the problem as usual
            }
        }
        Table t = Table.create(name);
        try {
            @SuppressWarnings("unchecked")
            List<Column<?>> list = (List<Column<?>>) COLUMN_LIST.get(t);
            list.addAll(columns);
            return t;
        } catch (IllegalAccessException | RuntimeException e) {
            return Table.create(name, columns);
        }
    }

    private static Field columnListField() {
        try {
            Field f = Table.class.getDeclaredField("columnList");
            f.setAccessible(true);
            return List.class.isAssignableFrom(f.getType()) ? f : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
