package dev.glas.core.prep;

import java.util.List;

/** What one step did to the data: rows and columns before/after, columns added and removed, join details. */
public record StepReport(String description, int rowsBefore, int rowsAfter, int columnsBefore, int columnsAfter,
                         List<String> addedColumns, List<String> removedColumns, JoinReport join) {

    public StepReport {
        addedColumns = List.copyOf(addedColumns);
        removedColumns = List.copyOf(removedColumns);
    }
}
