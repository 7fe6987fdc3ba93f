package dev.glas.core.report.sections;

import dev.glas.core.data.ColumnProfile;
import dev.glas.core.data.DatasetProfile;
import dev.glas.core.data.ValueCount;
import dev.glas.core.report.ReportSection;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.SheetWriter;
import dev.glas.core.report.SimpleChart;
import java.util.stream.Collectors;

/** The column profile of the data: one line per column, and a chart of missing values. */
public final class ProfileSection implements ReportSection<DatasetProfile> {

    public static final ProfileSection INSTANCE = new ProfileSection();

    @Override
    public String id() {
        return "data.profile";
    }

    @Override
    public String titleKey() {
        return "report.section.profile";
    }

    @Override
    public void write(DatasetProfile p, SheetWriter sheet, ReportText t) {
        sheet.title(t.get("report.profile.title", p.dataset(), p.rows()));
        SheetWriter.Table table = sheet.table(t.get("report.col.column"), t.get("report.col.type"),
                t.get("report.col.count"), t.get("report.col.missing"), t.get("report.col.missing.share"),
                t.get("report.col.distinct"), t.get("report.col.min"), t.get("report.col.max"),
                t.get("report.col.mean"), t.get("report.col.median"), t.get("report.col.std"),
                t.get("report.col.top.values"));
        for (ColumnProfile c : p.columns()) {
            String top = c.topValues().stream().limit(5).map(ValueCount::value).collect(Collectors.joining(", "));
            table.row(c.name(), t.get(c.type().messageKey()), c.count(), c.missing(),
                    SheetWriter.percent(c.missingPercent() / 100), c.distinct(),
                    c.min() != null ? c.min() : c.minText(), c.max() != null ? c.max() : c.maxText(),
                    c.mean(), c.median(), c.std(), top.isEmpty() ? null : top);
        }
        table.end();
        double[] missing = p.columns().stream().mapToDouble(ColumnProfile::missingPercent).toArray();
        if (missing.length > 0 && missing.length <= 60) {
            SimpleChart chart = SimpleChart.bars(t.get("report.profile.chart.missing"),
                    p.columns().stream().map(ColumnProfile::name).toList(), missing);
            sheet.image(chart.png(Math.max(480, Math.min(1200, 40 * missing.length + 120)), 320), 640, 320);
        }
    }
}
