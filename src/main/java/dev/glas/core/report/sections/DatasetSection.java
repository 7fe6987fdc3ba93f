package dev.glas.core.report.sections;

import dev.glas.core.data.Dataset;
import dev.glas.core.report.ReportSection;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.SheetWriter;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** Any table (a derived dataset such as per-user features or RFM scores) as a filterable sheet. */
public final class DatasetSection implements ReportSection<Dataset> {

    /** Excel's row limit minus the title lines. */
    private static final int MAX_ROWS = 1_048_000;

    private final String id;
    private final String titleKey;

    public DatasetSection(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public void write(Dataset d, SheetWriter sheet, ReportText t) {
        SheetWriter.Table table = sheet.table(d.columnNames());
        List<Column<?>> cols = d.table().columns();
        int rows = Math.min(d.rowCount(), MAX_ROWS);
        List<Object> row = new ArrayList<>(cols.size());
        for (int r = 0; r < rows; r++) {
            row.clear();
            for (Column<?> c : cols) {
                row.add(value(c, r));
            }
            table.row(row);
        }
        table.end();
        if (rows < d.rowCount()) {
            sheet.note(t.get("report.data.truncated", d.rowCount(), rows));
        }
    }

    /** A cell value of a Tablesaw column as a Java value for the report (numbers stay numbers). */
    public static Object value(Column<?> c, int r) {
        if (c.isMissing(r)) {
            return null;
        }
        return switch (c) {
            case IntColumn ic -> ic.getInt(r);
            case LongColumn lc -> lc.getLong(r);
            case NumericColumn<?> n -> n.getDouble(r);
            case BooleanColumn b -> b.get(r);
            case DateColumn dc -> dc.get(r);
            case DateTimeColumn dc -> dc.get(r);
            default -> c.getUnformattedString(r);
        };
    }
}
