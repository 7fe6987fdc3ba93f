package dev.glas.core.report;

import java.util.List;

/**
 * How one kind of analysis result appears in the Excel report: it writes one (or more) sheets and may add
 * per-row columns (cluster, churn score, text label…) to the data sheet. Adding a new result to the report
 * takes a small class implementing this and a {@link ReportItem#of} call where the report is assembled.
 *
 * @param <R> the result type (an immutable record of the area)
 */
public interface ReportSection<R> {

    /** Stable id, e.g. "churn.vif" (also used to choose sections in the UI). */
    String id();

    /** Message key of the sheet title (short: Excel limits sheet names to 31 characters). */
    String titleKey();

    /** Writes the result into the sheet prepared for it. */
    void write(R result, SheetWriter sheet, ReportText text);

    /** Columns to append to the data sheet, one value per data row; empty by default. */
    default List<DataColumn> dataColumns(R result, ReportText text) {
        return List.of();
    }
}
