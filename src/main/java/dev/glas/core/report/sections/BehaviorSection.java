package dev.glas.core.report.sections;

import dev.glas.core.behavior.BehaviorResult;
import dev.glas.core.report.ReportSection;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.SheetWriter;
import dev.glas.core.report.SimpleChart;
import java.util.ArrayList;
import java.util.List;

/** The behaviour dashboard in numbers: events, users, sessions, churn labels, activity by hour. */
public final class BehaviorSection implements ReportSection<BehaviorResult> {

    public static final BehaviorSection INSTANCE = new BehaviorSection();

    @Override
    public String id() {
        return "behavior.summary";
    }

    @Override
    public String titleKey() {
        return "report.section.behavior";
    }

    @Override
    public void write(BehaviorResult r, SheetWriter sheet, ReportText t) {
        sheet.title(t.get("report.behavior.title"));
        BehaviorResult.ChurnCounts c = r.churn();
        sheet.table(t.get("report.col.metric"), t.get("report.col.value"))
                .row(t.get("report.behavior.events"), r.log().size())
                .row(t.get("report.behavior.users"), r.features().users())
                .row(t.get("report.behavior.sessions"), r.sessions().count())
                .row(t.get("report.behavior.median.session"), r.medianSessionSeconds())
                .row(t.get("report.behavior.event.types"), r.log().eventTypeCount())
                .row(t.get("report.behavior.churn.inactive", c.inactiveDays() == null ? "—" : c.inactiveDays()),
                        c.inactive())
                .row(t.get("report.behavior.churn.explicit"), c.explicit())
                .row(t.get("report.behavior.churn.total"), c.churned())
                .row(t.get("report.behavior.churn.share"),
                        SheetWriter.percent(c.users() == 0 ? 0 : c.churned() / (double) c.users()))
                .end();
        sheet.subtitle(t.get("report.behavior.by.hour"));
        SheetWriter.Table hours = sheet.table(t.get("report.behavior.hour"), t.get("report.behavior.events"));
        int[] byHour = r.byHour();
        List<String> labels = new ArrayList<>();
        double[] values = new double[byHour.length];
        for (int h = 0; h < byHour.length; h++) {
            hours.row(h, byHour[h]);
            labels.add(Integer.toString(h));
            values[h] = byHour[h];
        }
        hours.end();
        sheet.image(SimpleChart.bars(t.get("report.behavior.by.hour"), labels, values).png(720, 300), 720, 300);
    }
}
