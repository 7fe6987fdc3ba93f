package dev.glas.ui.common;

import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.core.prep.Pipeline;
import dev.glas.core.prep.PrepException;
import dev.glas.core.prep.PrepResult;
import dev.glas.core.prep.StepReport;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** Before/after preview of one preparation step: per column missing values, mean and distinct count. */
public final class PrepPreview {

    /** One column of the preview; texts are already formatted. */
    public record Row(String column, String before, String after) {
    }

    /** Computed preview (off the FX thread). */
    public record Result(String summary, List<Row> rows) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    static Result compute(Dataset data, Pipeline pipeline, int index, Progress progress, Cancellation c)
            throws PrepException {
        PrepResult before = new Pipeline(pipeline.steps().subList(0, index)).fit(data, progress, c);
        PrepResult after = new Pipeline(pipeline.steps().subList(0, index + 1)).fit(data, progress, c);
        StepReport rep = after.reports().get(index);
        List<Row> rows = new ArrayList<>();
        List<String> cols = new ArrayList<>(before.data().columnNames());
        for (String a : after.data().columnNames()) {
            if (!cols.contains(a)) {
                cols.add(a);
            }
        }
        for (String col : cols) {
            rows.add(new Row(col, describe(before.data(), col), describe(after.data(), col)));
        }
        String summary = Messages.get("segment.preview.summary", rep.description(), rep.rowsBefore(), rep.rowsAfter(),
                rep.columnsBefore(), rep.columnsAfter());
        if (rep.join() != null) {
            summary += " " + Messages.get("segment.preview.join", rep.join().matchedRows(), rep.join().unmatchedLeftKeys(),
                    rep.join().unmatchedRightKeys());
        }
        return new Result(summary, rows);
    }

    static String describe(Dataset d, String column) {
        if (!d.types().containsKey(column)) {
            return "—";
        }
        Column<?> c = d.column(column);
        int missing = c.countMissing();
        if (c instanceof NumericColumn<?> nc) {
            double mean = nc.mean();
            return Messages.get("segment.preview.numeric", missing, mean);
        }
        return Messages.get("segment.preview.text", missing, c.countUnique());
    }

    void show(Result r) {
        rows.setAll(r.rows());
        summary.set(r.summary());
    }

    void clear() {
        rows.clear();
        summary.set("");
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
