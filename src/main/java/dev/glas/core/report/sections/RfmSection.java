package dev.glas.core.report.sections;

import dev.glas.core.report.ReportSection;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.SheetWriter;
import dev.glas.core.report.SimpleChart;
import dev.glas.core.segment.RfmResult;
import dev.glas.core.segment.RfmSegment;
import java.util.ArrayList;
import java.util.List;

/** RFM: the segment summary and the per-customer table with scores. */
public final class RfmSection implements ReportSection<RfmResult> {

    public static final RfmSection INSTANCE = new RfmSection();

    @Override
    public String id() {
        return "segment.rfm";
    }

    @Override
    public String titleKey() {
        return "report.section.rfm";
    }

    @Override
    public void write(RfmResult r, SheetWriter sheet, ReportText t) {
        sheet.title(t.get("report.rfm.title", r.size(), r.asOf().toString()));
        sheet.note(t.get("report.rfm.rows", r.rowsUsed(), r.rowsSkipped()));
        int n = RfmSegment.values().length;
        int[] count = new int[n];
        double[] rec = new double[n];
        double[] freq = new double[n];
        double[] mon = new double[n];
        for (int i = 0; i < r.size(); i++) {
            int s = r.segments().get(i).ordinal();
            count[s]++;
            rec[s] += r.recency()[i];
            freq[s] += r.frequency()[i];
            mon[s] += r.monetary()[i];
        }
        SheetWriter.Table summary = sheet.table(t.get("report.rfm.segment"), t.get("report.rfm.customers"),
                t.get("report.clusters.share"), t.get("report.rfm.recency.mean"), t.get("report.rfm.frequency.mean"),
                t.get("report.rfm.monetary.mean"), t.get("report.rfm.monetary.total"));
        List<String> labels = new ArrayList<>();
        double[] counts = new double[n];
        for (RfmSegment seg : RfmSegment.values()) {
            int s = seg.ordinal();
            labels.add(t.get(seg.messageKey()));
            counts[s] = count[s];
            if (count[s] == 0) {
                summary.row(t.get(seg.messageKey()), 0, SheetWriter.percent(0), null, null, null, 0.0);
                continue;
            }
            summary.row(t.get(seg.messageKey()), count[s], SheetWriter.percent(count[s] / (double) r.size()),
                    rec[s] / count[s], freq[s] / count[s], mon[s] / count[s], mon[s]);
        }
        summary.end();
        sheet.image(SimpleChart.bars(t.get("report.rfm.chart"), labels, counts).png(900, 320), 900, 320);
        sheet.subtitle(t.get("report.rfm.table"));
        SheetWriter.Table table = sheet.table(t.get("report.rfm.customer"), t.get("report.rfm.recency"),
                t.get("report.rfm.frequency"), t.get("report.rfm.monetary"), "R", "F", "M", "RFM",
                t.get("report.rfm.segment"));
        for (int i = 0; i < r.size(); i++) {
            table.row(r.customers().get(i), r.recency()[i], r.frequency()[i], r.monetary()[i], r.r()[i], r.f()[i],
                    r.m()[i], r.score(i), t.get(r.segments().get(i).messageKey()));
        }
        table.end();
    }
}
