package dev.glas.core.project;

import dev.glas.core.report.ReportItem;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.List;
import java.util.Map;

/**
 * An analysis that a project can store and re-run headlessly ({@code glas run}, {@code glas report}): its
 * state (options, seeds, column choices) is a {@link ProjectSection}; {@link #run} recomputes the result from
 * the project's data; {@link #report} turns the result into report sheets; {@link #summary} into a few
 * JSON-friendly numbers. Register implementations in {@link ProjectAnalyses}.
 *
 * @param <S> stored state
 * @param <R> result
 */
public interface ProjectAnalysis<S, R> extends ProjectSection<S> {

    /** Message key of the analysis name. */
    String titleKey();

    R run(S state, AnalysisInputs inputs, Progress progress, Cancellation cancellation) throws Exception;

    /** Sheets of the Excel report for this result. */
    List<ReportItem<?>> report(S state, R result);

    /** A small summary for the CLI's JSON (snake_case keys, numbers as numbers). */
    Map<String, Object> summary(S state, R result);

    /**
     * Binary state to keep in the project after a run (e.g. the trained model), entry name → bytes; the
     * runner adds them to {@link ProjectRunner.Result#updated()}. Default: none.
     */
    default Map<String, byte[]> attachments(S state, R result) throws Exception {
        return Map.of();
    }
}
