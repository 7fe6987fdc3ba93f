package dev.glas.core.project;

import dev.glas.core.data.DataImporter;
import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.i18n.Messages;
import dev.glas.core.report.ReportItem;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-runs every analysis stored in a project, headlessly and in order, from the project's data sources.
 * An analysis that fails is recorded with its (localized) error and the others still run.
 */
public final class ProjectRunner {

    /**
     * One analysis run.
     *
     * @param id        section id
     * @param titleKey  message key of the analysis name
     * @param seconds   wall time of the analysis itself (data loading excluded when it was cached)
     * @param error     localized error, or {@code null} on success
     * @param summary   the analysis' summary (empty on error)
     * @param report    report items (empty on error)
     */
    public record AnalysisRun(String id, String titleKey, double seconds, String error, Map<String, Object> summary,
                              List<ReportItem<?>> report, Object result, Map<String, byte[]> attachments) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * @param runs     one per stored analysis that Glas knows how to run, in project order
     * @param skipped  ids of stored sections that are not re-runnable analyses (UI-only state, other versions)
     * @param inputs   the data that was read (for the report)
     * @param updated  the project with the attachments the runs produced (trained models)
     */
    public record Result(List<AnalysisRun> runs, List<String> skipped, AnalysisInputs inputs, Project updated) {
        public boolean allOk() {
            return runs.stream().allMatch(AnalysisRun::ok);
        }
    }

    private ProjectRunner() {
    }

    public static Result run(Project project, Path projectFile, DataImporter importer, Progress progress,
                             Cancellation cancellation) {
        AnalysisInputs inputs = new AnalysisInputs(project, projectFile, importer);
        List<AnalysisRun> runs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> ids = List.copyOf(project.sections().keySet());
        for (int i = 0; i < ids.size(); i++) {
            cancellation.check();
            String id = ids.get(i);
            Optional<ProjectAnalysis<?, ?>> analysis = ProjectAnalyses.byId(id);
            if (analysis.isEmpty()) {
                skipped.add(id);
                continue;
            }
            progress.report(i / (double) ids.size(), "project.progress.run", Messages.get(analysis.get().titleKey()));
            runs.add(runOne(analysis.get(), project, inputs,
                    progress.slice(i / (double) ids.size(), (i + 1) / (double) ids.size()), cancellation));
        }
        progress.report(1, "project.progress.done");
        Project updated = project;
        for (AnalysisRun r : runs) {
            for (Map.Entry<String, byte[]> e : r.attachments().entrySet()) {
                updated = updated.withAttachment(e.getKey(), e.getValue());
            }
        }
        return new Result(List.copyOf(runs), List.copyOf(skipped), inputs, updated);
    }

    private static <S, R> AnalysisRun runOne(ProjectAnalysis<S, R> a, Project project, AnalysisInputs inputs,
                                             Progress progress, Cancellation cancellation) {
        long t0 = System.nanoTime();
        try {
            S state = project.get(a).orElseThrow();
            R result = a.run(state, inputs, progress, cancellation);
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new AnalysisRun(a.id(), a.titleKey(), seconds, null, a.summary(state, result),
                    a.report(state, result), result, a.attachments(state, result));
        } catch (CancelledException e) {
            throw e;
        } catch (LocalizedException e) {
            return failed(a, t0, e.getLocalizedMessage());
        } catch (Exception | OutOfMemoryError e) {
            return failed(a, t0, Messages.get("project.error.analysis.failed", String.valueOf(e.getMessage())));
        }
    }

    private static AnalysisRun failed(ProjectAnalysis<?, ?> a, long t0, String message) {
        return new AnalysisRun(a.id(), a.titleKey(), (System.nanoTime() - t0) / 1e9, message, Map.of(), List.of(),
                null, Map.of());
    }
}
