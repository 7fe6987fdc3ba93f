package dev.glas.core.project.analyses;

import dev.glas.core.behavior.Behavior;
import dev.glas.core.behavior.BehaviorOptions;
import dev.glas.core.behavior.BehaviorResult;
import dev.glas.core.behavior.ColumnMapping;
import dev.glas.core.behavior.EventLog;
import dev.glas.core.behavior.EventLogReader;
import dev.glas.core.behavior.FeatureTable;
import dev.glas.core.behavior.Socdem;
import dev.glas.core.behavior.TimeFormat;
import dev.glas.core.data.DataFormatException;
import dev.glas.core.data.Dataset;
import dev.glas.core.project.AnalysisInputs;
import dev.glas.core.project.ProjectAnalysis;
import dev.glas.core.report.ReportItem;
import dev.glas.core.report.sections.BehaviorSection;
import dev.glas.core.report.sections.DatasetSection;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.columns.Column;

/** App behaviour (sessions, user features, churn labels) of an event-log source as a project analysis. */
public final class BehaviorAnalysis implements ProjectAnalysis<BehaviorAnalysis.State, BehaviorAnalysis.Result> {

    /**
     * The column roles and options of the analysis (see {@link ColumnMapping} and {@link BehaviorOptions}).
     *
     * @param timeFormat a {@link TimeFormat} name, or null to guess from the first rows
     * @param zone       time zone id, default UTC
     */
    public record State(String sourceId, String user, String time, String event, String session,
                        String deviceMaker, String deviceModel, String os, String timeFormat, String zone,
                        Double gapMinutes, Integer churnInactiveDays, Set<String> churnEvents, Long windowStart,
                        Long windowEnd, Integer topEventTypes, String socdemSourceId, String socdemKey,
                        String gender, String age) {

        /** A v1-shaped state (no socdem table). */
        public State(String sourceId, String user, String time, String event, String session, String deviceMaker,
                     String deviceModel, String os, String timeFormat, String zone, Double gapMinutes,
                     Integer churnInactiveDays, Set<String> churnEvents, Long windowStart, Long windowEnd,
                     Integer topEventTypes) {
            this(sourceId, user, time, event, session, deviceMaker, deviceModel, os, timeFormat, zone, gapMinutes,
                    churnInactiveDays, churnEvents, windowStart, windowEnd, topEventTypes, null, null, null, null);
        }

        public static State of(String sourceId, String user, String time, String event) {
            return new State(sourceId, user, time, event, null, null, null, null, null, "UTC", null, null,
                    Set.of(), null, null, null);
        }
    }

    /** Project source ids the Behaviour page gives its own files (event log, socdem table). */
    public static final String EVENTS_SOURCE = "behavior-events";
    public static final String SOCDEM_SOURCE = "behavior-socdem";
    /**
     * The user-feature table of the stored behaviour analysis as a data source of other analyses (the page's
     * "open in Churn / Segments"): {@link AnalysisInputs} computes it by running this analysis.
     */
    public static final String FEATURES_SOURCE = "behavior-features";

    /** The analysis result and the per-user feature table. */
    public record Result(BehaviorResult behavior, Dataset userFeatures) {
    }

    public static final BehaviorAnalysis INSTANCE = new BehaviorAnalysis();
    private static final DatasetSection USERS = new DatasetSection("behavior.users", "report.section.behavior.users");

    @Override
    public String id() {
        return "behavior";
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
        return "project.analysis.behavior";
    }

    @Override
    public Result run(State s, AnalysisInputs inputs, Progress progress, Cancellation cancellation)
            throws Exception {
        Dataset d = inputs.datasetOrPrimary(s.sourceId());
        TimeFormat tf;
        if (s.timeFormat() != null) {
            tf = TimeFormat.valueOf(s.timeFormat());
        } else {
            if (!d.columnNames().contains(s.time())) {
                throw new DataFormatException("behavior.error.column", s.time(), String.join(", ", d.columnNames()));
            }
            Column<?> c = d.column(s.time());
            List<String> samples = new ArrayList<>();
            for (int r = 0; r < Math.min(500, d.rowCount()); r++) {
                samples.add(c.isMissing(r) ? "" : c.getString(r));
            }
            tf = TimeFormat.guess(samples);
            if (tf == null) {
                throw new DataFormatException("behavior.error.time.format", s.time());
            }
        }
        ColumnMapping m = new ColumnMapping(s.user(), s.time(), s.event(), s.session(), s.deviceMaker(),
                s.deviceModel(), s.os(), tf, ZoneId.of(s.zone() == null ? "UTC" : s.zone()));
        EventLog log = EventLogReader.fromDataset(d, m, progress.slice(0, 0.4), cancellation);
        BehaviorOptions o = new BehaviorOptions(
                s.gapMinutes() == null ? BehaviorOptions.DEFAULT_GAP_MINUTES : s.gapMinutes(), s.churnInactiveDays(),
                s.churnEvents(), s.windowStart(), s.windowEnd(),
                s.topEventTypes() == null ? BehaviorOptions.DEFAULT_TOP_EVENT_TYPES : s.topEventTypes());
        BehaviorResult r = Behavior.analyze(log, o, progress.slice(0.4, 0.9), cancellation);
        Socdem sd = s.socdemSourceId() == null || s.socdemKey() == null ? null
                : new Socdem(inputs.dataset(s.socdemSourceId()), s.socdemKey(), s.gender(), s.age()).checked();
        return new Result(r, FeatureTable.build(r, sd, "user_features").dataset());
    }

    @Override
    public List<ReportItem<?>> report(State state, Result result) {
        return List.of(ReportItem.of(BehaviorSection.INSTANCE, result.behavior()),
                ReportItem.of(USERS, result.userFeatures()));
    }

    @Override
    public Map<String, Object> summary(State state, Result result) {
        BehaviorResult r = result.behavior();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", r.log().size());
        m.put("users", r.features().users());
        m.put("sessions", r.sessions().count());
        m.put("median_session_seconds", r.medianSessionSeconds());
        m.put("churned_users", r.churn().churned());
        return m;
    }
}
