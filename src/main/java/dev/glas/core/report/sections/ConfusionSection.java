package dev.glas.core.report.sections;

import dev.glas.core.churn.Metrics;
import dev.glas.core.report.ReportSection;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.SheetWriter;

/** A confusion matrix at a threshold with precision, recall, F1 and accuracy. */
public final class ConfusionSection implements ReportSection<ConfusionSection.Result> {

    /**
     * @param model     model name
     * @param threshold score cut (predicted positive when score ≥ threshold)
     * @param positive  label of the positive class (e.g. "Yes")
     * @param negative  label of the negative class
     * @param matrix    the counts
     */
    public record Result(String model, double threshold, String positive, String negative, Metrics.Confusion matrix) {
    }

    public static final ConfusionSection INSTANCE = new ConfusionSection();

    @Override
    public String id() {
        return "churn.confusion";
    }

    @Override
    public String titleKey() {
        return "report.section.confusion";
    }

    @Override
    public void write(Result r, SheetWriter sheet, ReportText t) {
        Metrics.Confusion m = r.matrix();
        sheet.title(t.get("report.confusion.title", r.model()));
        sheet.note(t.get("report.confusion.threshold", r.threshold()));
        sheet.table("", t.get("report.confusion.predicted", r.positive()), t.get("report.confusion.predicted", r.negative()))
                .row(t.get("report.confusion.actual", r.positive()), m.tp(), m.fn())
                .row(t.get("report.confusion.actual", r.negative()), m.fp(), m.tn())
                .end();
        sheet.table(t.get("report.col.metric"), t.get("report.col.value"))
                .row(t.get("report.metric.precision"), SheetWriter.precise(m.precision()))
                .row(t.get("report.metric.recall"), SheetWriter.precise(m.recall()))
                .row(t.get("report.metric.f1"), SheetWriter.precise(m.f1()))
                .row(t.get("report.metric.accuracy"), SheetWriter.precise(m.accuracy()))
                .row(t.get("report.metric.total"), m.total())
                .end();
    }
}
