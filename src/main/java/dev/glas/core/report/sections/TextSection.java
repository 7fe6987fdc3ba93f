package dev.glas.core.report.sections;

import dev.glas.core.report.DataColumn;
import dev.glas.core.report.ReportSection;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.SheetWriter;
import dev.glas.core.report.SimpleChart;
import dev.glas.core.text.Evaluation;
import dev.glas.core.text.TextClassification;
import dev.glas.core.text.TextClustering;
import dev.glas.core.text.TextTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.columns.Column;

/** The text dashboard: classifier quality and label counts, themes with keywords and examples. */
public final class TextSection implements ReportSection<TextSection.Result> {

    /**
     * @param textColumn     analysed column
     * @param training       classifier training (null when no label column was given)
     * @param classification labels of every row (null without training)
     * @param themes         theme clustering (null when not requested)
     */
    public record Result(String textColumn, TextTrainer.Result training, TextClassification.Result classification,
                         TextClustering.Result themes) {
    }

    public static final TextSection INSTANCE = new TextSection();

    @Override
    public String id() {
        return "text.dashboard";
    }

    @Override
    public String titleKey() {
        return "report.section.text";
    }

    @Override
    public void write(Result r, SheetWriter sheet, ReportText t) {
        sheet.title(t.get("report.text.title", r.textColumn()));
        if (r.training() != null) {
            TextTrainer.Result tr = r.training();
            sheet.subtitle(t.get("report.text.classifier"));
            sheet.note(t.get("report.text.cv", tr.rows(), tr.foldMacroF1().length,
                    String.format(t.locale(), "%.4f", tr.cvMacroF1())));
            Evaluation e = tr.outOfFold();
            if (e != null) {
                SheetWriter.Table table = sheet.table(t.get("report.text.label"), t.get("report.metric.precision"),
                        t.get("report.metric.recall"), "F1", t.get("report.text.support"));
                for (int i = 0; i < e.labels().size(); i++) {
                    table.row(e.labels().get(i), SheetWriter.precise(e.precision()[i]),
                            SheetWriter.precise(e.recall()[i]), SheetWriter.precise(e.f1()[i]), e.support()[i]);
                }
                table.row(t.get("report.text.macro"), null, null, SheetWriter.precise(e.macroF1()), e.rows());
                table.end();
            }
        }
        if (r.classification() != null) {
            Map<String, Integer> counts = r.classification().labelCounts();
            sheet.subtitle(t.get("report.text.counts", r.classification().classified()));
            SheetWriter.Table table = sheet.table(t.get("report.text.label"), t.get("report.clusters.size"));
            List<String> labels = new ArrayList<>();
            double[] values = new double[counts.size()];
            int i = 0;
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                table.row(c.getKey(), c.getValue());
                labels.add(c.getKey());
                values[i++] = c.getValue();
            }
            table.end();
            sheet.image(SimpleChart.bars(t.get("report.text.counts.chart"), labels, values).png(640, 300), 640, 300);
        }
        if (r.themes() != null) {
            TextClustering.Result th = r.themes();
            sheet.subtitle(t.get("report.text.themes", th.k(), th.encoder()));
            SheetWriter.Table table = sheet.table(t.get("report.text.theme"), t.get("report.clusters.size"),
                    t.get("report.text.keywords"), t.get("report.text.examples"));
            for (TextClustering.Cluster c : th.clusters()) {
                table.row(c.id() + 1, c.size(), String.join(", ", c.keywords()),
                        String.join(" | ", c.examples().stream().limit(3).toList()));
            }
            table.end();
            sheet.note(t.get("report.text.duplicates", th.duplicates().size()));
        }
    }

    @Override
    public List<DataColumn> dataColumns(Result r, ReportText t) {
        List<DataColumn> cols = new ArrayList<>();
        if (r.classification() != null) {
            var d = r.classification().dataset();
            Column<?> label = d.column(r.classification().labelColumn());
            Column<?> prob = d.column(r.classification().probabilityColumn());
            cols.add(new DataColumn(t.get("report.text.label.column", r.textColumn()), label.size(),
                    i -> label.isMissing(i) ? null : label.getString(i), null));
            cols.add(new DataColumn(t.get("report.text.probability.column", r.textColumn()), prob.size(),
                    i -> DatasetSection.value(prob, i), "0.000"));
        }
        if (r.themes() != null) {
            int[] a = r.themes().assignment().clone();
            cols.add(new DataColumn(t.get("report.text.theme.column", r.textColumn()), a.length,
                    i -> a[i] < 0 ? null : a[i] + 1, null));
        }
        return cols;
    }
}
