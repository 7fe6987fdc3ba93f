package dev.glas.core.data;

import java.util.List;

/** Profile of every column of a dataset, in column order. */
public record DatasetProfile(String dataset, int rows, List<ColumnProfile> columns) {

    public DatasetProfile {
        columns = List.copyOf(columns);
    }

    public ColumnProfile column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown column " + name));
    }
}
