package dev.glas.core.prep;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * A second table kept inside a {@link Join} step (so the pipeline file is self-contained): column names, their
 * types and the values as text ({@code null} = missing). Meant for lookup/enrichment tables (regions,
 * tariffs, normalized schemas), not for another large fact table.
 */
public record LookupTable(String name, List<String> columns, List<ColumnType> types, List<List<String>> values) {

    public LookupTable {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        values = values.stream().map(v -> java.util.Collections.unmodifiableList(new ArrayList<>(v))).toList();
        if (columns.size() != types.size() || columns.size() != values.size()) {
            throw new IllegalArgumentException("columns, types and values must have the same size");
        }
    }

    public static LookupTable of(Dataset data) {
        Frame f = Frame.of(data);
        List<List<String>> values = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        for (String c : data.columnNames()) {
            values.add(java.util.Arrays.asList(f.texts(c)));
            types.add(data.type(c));
        }
        return new LookupTable(data.name(), data.columnNames(), types, values);
    }

    public int rows() {
        return values.isEmpty() ? 0 : values.get(0).size();
    }

    public List<String> column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown column " + name);
        }
        return values.get(i);
    }
}
