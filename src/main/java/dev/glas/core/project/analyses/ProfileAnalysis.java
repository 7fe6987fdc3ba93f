package dev.glas.core.project.analyses;

import dev.glas.core.data.DatasetProfile;
import dev.glas.core.data.Profiler;
import dev.glas.core.project.AnalysisInputs;
import dev.glas.core.project.ProjectAnalysis;
import dev.glas.core.report.ReportItem;
import dev.glas.core.report.sections.ProfileSection;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The column profile of one source as a project analysis. */
public final class ProfileAnalysis implements ProjectAnalysis<ProfileAnalysis.State, DatasetProfile> {

    /** @param sourceId the source to profile; null = the first */
    public record State(String sourceId) {
    }

    public static final ProfileAnalysis INSTANCE = new ProfileAnalysis();

    @Override
    public String id() {
        return "data.profile";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public Class<State> stateType() {
        return State.class;
    }

    @Override
    public String titleKey() {
        return "project.analysis.profile";
    }

    @Override
    public DatasetProfile run(State state, AnalysisInputs inputs, Progress progress, Cancellation cancellation)
            throws Exception {
        return Profiler.profile(inputs.datasetOrPrimary(state.sourceId()), progress, cancellation);
    }

    @Override
    public List<ReportItem<?>> report(State state, DatasetProfile result) {
        return List.of(ReportItem.of(ProfileSection.INSTANCE, result));
    }

    @Override
    public Map<String, Object> summary(State state, DatasetProfile result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", result.rows());
        m.put("columns", result.columns().size());
        m.put("missing_cells", result.columns().stream().mapToLong(c -> c.missing()).sum());
        return m;
    }
}
