package dev.glas.core.project.analyses;

import dev.glas.core.project.AnalysisInputs;
import dev.glas.core.project.ProjectAnalysis;
import dev.glas.core.report.ReportItem;
import dev.glas.core.report.sections.RfmSection;
import dev.glas.core.segment.Rfm;
import dev.glas.core.segment.RfmOptions;
import dev.glas.core.segment.RfmResult;
import dev.glas.core.segment.RfmSegment;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** RFM scoring of a transaction source as a project analysis. */
public final class RfmAnalysis implements ProjectAnalysis<RfmAnalysis.State, RfmResult> {

    /**
     * @param asOf ISO date (yyyy-MM-dd) of the reference day, or null for the day after the last purchase
     * @param clusters (schema 2) customer clusters of the Segments page (k-means on log R, F, M), null = none
     * @param seed     (schema 2) their seed
     * @see RfmOptions
     */
    public record State(String sourceId, String customer, String date, String amount, String invoice, String asOf,
                        Integer clusters, Long seed) {

        /** A v1-shaped state (no customer clusters). */
        public State(String sourceId, String customer, String date, String amount, String invoice, String asOf) {
            this(sourceId, customer, date, amount, invoice, asOf, null, null);
        }
    }

    public static final RfmAnalysis INSTANCE = new RfmAnalysis();

    @Override
    public String id() {
        return "segment.rfm";
    }

    @Override
    public int schemaVersion() {
        return 2;
    }

    @Override
    public Class<State> stateType() {
        return State.class;
    }

    @Override
    public String titleKey() {
        return "project.analysis.rfm";
    }

    @Override
    public RfmResult run(State s, AnalysisInputs inputs, Progress progress, Cancellation cancellation)
            throws Exception {
        var data = inputs.datasetOrPrimary(s.sourceId());
        return Rfm.compute(data, new RfmOptions(s.customer(), s.date(), s.amount(), s.invoice(),
                s.asOf() == null ? null : LocalDate.parse(s.asOf())), cancellation);
    }

    @Override
    public List<ReportItem<?>> report(State state, RfmResult result) {
        return List.of(ReportItem.of(RfmSection.INSTANCE, result));
    }

    @Override
    public Map<String, Object> summary(State state, RfmResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customers", result.size());
        m.put("as_of", result.asOf().toString());
        m.put("rows_used", result.rowsUsed());
        m.put("rows_skipped", result.rowsSkipped());
        Map<String, Object> seg = new LinkedHashMap<>();
        int[] counts = result.segmentCounts();
        for (RfmSegment s : RfmSegment.values()) {
            seg.put(s.name().toLowerCase(Locale.ROOT), counts[s.ordinal()]);
        }
        m.put("segments", seg);
        return m;
    }
}
