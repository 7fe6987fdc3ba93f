package dev.glas.core.report.sections;

import dev.glas.core.churn.Collinearity;
import dev.glas.core.report.ReportSection;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.SheetWriter;
import dev.glas.core.report.SimpleChart;
import java.util.List;

/** Variance inflation factors of the model features, with the warning levels. */
public final class VifSection implements ReportSection<List<Collinearity.Vif>> {

    public static final VifSection INSTANCE = new VifSection();

    @Override
    public String id() {
        return "churn.vif";
    }

    @Override
    public String titleKey() {
        return "report.section.vif";
    }

    @Override
    public void write(List<Collinearity.Vif> vifs, SheetWriter sheet, ReportText t) {
        sheet.title(t.get("report.vif.title"));
        sheet.note(t.get("report.vif.note", Collinearity.VIF_WARN, Collinearity.VIF_SEVERE));
        SheetWriter.Table table = sheet.table(t.get("report.col.feature"), "VIF", t.get("report.col.assessment"));
        for (Collinearity.Vif v : vifs) {
            String level = Double.isInfinite(v.vif()) || v.vif() >= Collinearity.VIF_SEVERE ? "report.vif.severe"
                    : v.vif() >= Collinearity.VIF_WARN ? "report.vif.warn" : "report.vif.ok";
            table.row(v.feature(), Double.isInfinite(v.vif()) ? "∞" : SheetWriter.formatted(v.vif(), "0.00"),
                    t.get(level));
        }
        table.end();
        if (!vifs.isEmpty() && vifs.size() <= 60) {
            double[] values = vifs.stream().mapToDouble(v -> Double.isInfinite(v.vif()) ? Double.NaN : v.vif())
                    .toArray();
            sheet.image(SimpleChart.bars("VIF", vifs.stream().map(Collinearity.Vif::feature).toList(), values)
                    .png(640, 320), 640, 320);
        }
    }
}
