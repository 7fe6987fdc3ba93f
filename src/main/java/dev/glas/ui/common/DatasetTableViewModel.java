package dev.glas.ui.common;

import dev.glas.core.data.Dataset;
import dev.glas.core.data.FormulaGuard;
import dev.glas.core.data.RowOrder;
import dev.glas.core.data.ValueFormat;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.TaskHandle;
import dev.glas.core.task.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of a table over a {@link Dataset}: which rows are shown in which order. Rows are never copied: the
 * view shows {@link #visibleRowsProperty()} (indices into the dataset) and fetches cell values on demand.
 * Filtering (contains-text across columns) and sorting run as background tasks; a new request cancels the
 * previous one.
 */
public final class DatasetTableViewModel {

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<int[]> visibleRows = new ReadOnlyObjectWrapper<>(this, "visibleRows", new int[0]);
    private final ReadOnlyStringWrapper sortColumn = new ReadOnlyStringWrapper(this, "sortColumn");
    private final ReadOnlyBooleanWrapper sortAscending = new ReadOnlyBooleanWrapper(this, "sortAscending", true);
    private final ReadOnlyStringWrapper filterText = new ReadOnlyStringWrapper(this, "filterText", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private int[] baseRows = new int[0];
    private TaskHandle pending;
    private long generation;
    private ValueFormat format = ValueFormat.forLocale(Messages.locale());

    public DatasetTableViewModel(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Shows all rows of a dataset (or nothing for {@code null}). */
    public void setDataset(Dataset data) {
        setRows(data, data == null ? new int[0] : RowOrder.identity(data.rowCount()));
    }

    /** Shows the given rows of a dataset, in the given order (a drill-down). */
    public void setRows(Dataset data, int[] rows) {
        cancelPending();
        format = ValueFormat.forLocale(Messages.locale());
        baseRows = rows.clone();
        sortColumn.set(null);
        sortAscending.set(true);
        filterText.set("");
        dataset.set(data);
        visibleRows.set(baseRows);
        updateSummary();
    }

    /** Re-reads the UI language (number/date format, summary text) after the language changed. */
    public void relocalize() {
        format = ValueFormat.forLocale(Messages.locale());
        updateSummary();
    }

    /** Sorts by a column; {@code null} restores the original order. */
    public void sort(String column, boolean ascending) {
        sortColumn.set(column);
        sortAscending.set(ascending);
        recompute();
    }

    public void filter(String text) {
        filterText.set(text == null ? "" : text);
        recompute();
    }

    private void recompute() {
        Dataset data = dataset.get();
        if (data == null) {
            return;
        }
        cancelPending();
        String text = filterText.get();
        String col = sortColumn.get();
        boolean asc = sortAscending.get();
        int[] base = baseRows;
        ValueFormat fmt = format;
        long gen = ++generation;
        busy.set(true);
        pending = tasks.submit(col != null ? "task.table.sort" : "task.table.filter", (progress, cancel) -> {
            int[] rows = RowOrder.filter(data, base, text, fmt, progress.slice(0, col == null ? 1 : 0.5), cancel);
            if (col != null) {
                progress.report(0.5, "table.sorting");
                rows = RowOrder.sort(data, rows, col, asc, cancel);
            }
            return rows;
        }, rows -> {
            if (gen == generation) {
                busy.set(false);
                visibleRows.set(rows);
                updateSummary();
            }
        }, error -> {
            if (gen == generation) {
                busy.set(false);
            }
            if (!(error instanceof CancelledException)) {
                dialogs.showError(Messages.get("table.error.title"), error);
            }
        });
    }

    private void cancelPending() {
        if (pending != null && !pending.isDone()) {
            pending.cancel();
        }
        pending = null;
    }

    private void updateSummary() {
        Dataset d = dataset.get();
        if (d == null) {
            summary.set("");
        } else if (visibleRows.get().length == baseRows.length) {
            summary.set(Messages.get("table.summary", baseRows.length, d.columnCount()));
        } else {
            summary.set(Messages.get("table.summary.filtered", visibleRows.get().length, baseRows.length));
        }
    }

    /** The displayed text of a cell. */
    public String cell(String column, int datasetRow) {
        return format.format(dataset.get().column(column), datasetRow);
    }

    public ValueFormat valueFormat() {
        return format;
    }

    /**
     * Tab-separated text of a block of cells (view positions × columns), rows in view order, for the
     * clipboard; pastes into Excel as cells. Tabs and line breaks inside values become spaces.
     */
    public String toTsv(int[] viewPositions, List<String> columns, boolean withHeader) {
        return toTsv(viewPositions, columns, withHeader, Exports.numberFormat());
    }

    /**
     * The cells as tab-separated text for pasting into a spreadsheet: numbers unformatted with the decimal
     * separator of {@code numberFormat} (the computer's regional format, which Excel parses pasted text with),
     * dates as shown, text that a spreadsheet would run as a formula neutralized with a leading {@code '}.
     */
    public String toTsv(int[] viewPositions, List<String> columns, boolean withHeader, java.util.Locale numberFormat) {
        Dataset d = dataset.get();
        int[] rows = visibleRows.get();
        char decimal = dev.glas.core.report.TableExport.decimalSeparator(numberFormat);
        StringBuilder sb = new StringBuilder();
        if (withHeader) {
            sb.append(String.join("\t", columns.stream().map(c -> clean(FormulaGuard.neutralize(c))).toList()))
                    .append('\n');
        }
        for (int pos : viewPositions) {
            int r = rows[pos];
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    sb.append('\t');
                }
                var col = d.column(columns.get(c));
                if (col.isMissing(r)) {
                    continue;
                }
                if (col instanceof tech.tablesaw.api.NumericColumn<?> n) {
                    double v = n.getDouble(r);
                    sb.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                            : dev.glas.core.report.TableExport.plainNumber(v, decimal));
                } else {
                    sb.append(clean(FormulaGuard.neutralize(format.format(col, r))));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** The dataset rows currently shown (in view order). */
    public int[] visibleRows() {
        return visibleRows.get();
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<int[]> visibleRowsProperty() {
        return visibleRows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sortColumnProperty() {
        return sortColumn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sortAscendingProperty() {
        return sortAscending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterTextProperty() {
        return filterText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
