package dev.glas.core.project;

import dev.glas.core.project.analyses.BehaviorAnalysis;
import dev.glas.core.project.analyses.ChurnAnalysis;
import dev.glas.core.project.analyses.ProfileAnalysis;
import dev.glas.core.project.analyses.RfmAnalysis;
import dev.glas.core.project.analyses.SegmentAnalysis;
import dev.glas.core.project.analyses.TextAnalysis;
import dev.glas.core.project.analyses.VifAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every analysis a project can hold and re-run. Each area's adapter is added on its own line. */
public final class ProjectAnalyses {

    private static final List<ProjectAnalysis<?, ?>> ALL;

    static {
        List<ProjectAnalysis<?, ?>> l = new ArrayList<>();
        l.add(ProfileAnalysis.INSTANCE);
        // slot:data
        l.add(SegmentAnalysis.INSTANCE);
        l.add(RfmAnalysis.INSTANCE);
        // slot:segment
        l.add(VifAnalysis.INSTANCE);
        l.add(ChurnAnalysis.INSTANCE);
        // slot:churn
        l.add(BehaviorAnalysis.INSTANCE);
        // slot:behavior
        l.add(TextAnalysis.INSTANCE);
        // slot:text
        ALL = List.copyOf(l);
    }

    private ProjectAnalyses() {
    }

    public static List<ProjectAnalysis<?, ?>> all() {
        return ALL;
    }

    public static Optional<ProjectAnalysis<?, ?>> byId(String id) {
        return ALL.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
