package dev.glas.core.prep;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;

/**
 * A fitted preparation pipeline: replays the learned steps on new data and returns the same output columns
 * in the same order. Serializable to JSON with {@link PipelineJson}.
 *
 * @param inputColumns   columns of the data it was fitted on
 * @param inputTypes     their types
 * @param requiredInputs input columns new data must have (used by a step or passed through to the output)
 * @param steps          fitted steps in order
 * @param outputColumns  columns of the prepared data
 */
public record FittedPipeline(List<String> inputColumns, List<ColumnType> inputTypes, List<String> requiredInputs,
                             List<FittedStep> steps, List<String> outputColumns) {

    public FittedPipeline {
        inputColumns = List.copyOf(inputColumns);
        inputTypes = List.copyOf(inputTypes);
        requiredInputs = List.copyOf(requiredInputs);
        steps = List.copyOf(steps);
        outputColumns = List.copyOf(outputColumns);
    }

    static FittedPipeline create(Dataset input, List<FittedStep> steps, List<String> outputs) {
        List<String> in = input.columnNames();
        Set<String> required = new LinkedHashSet<>();
        Set<String> produced = new java.util.HashSet<>();
        for (FittedStep s : steps) {
            for (String c : s.inputs()) {
                if (in.contains(c) && !produced.contains(c)) {
                    required.add(c);
                }
            }
            if (s instanceof Join j) {
                produced.addAll(j.right().columns());
            }
        }
        for (String c : outputs) {
            if (in.contains(c) && !produced.contains(c)) {
                required.add(c);
            }
        }
        List<String> ordered = in.stream().filter(required::contains).toList();
        return new FittedPipeline(in, in.stream().map(input::type).toList(), ordered, steps, outputs);
    }

    /** Replays on new data, keeping every row (for scoring). */
    public PrepResult transform(Dataset data) throws PrepException {
        return transform(data, true, List.of(), Progress.NONE, Cancellation.NEVER);
    }

    /**
     * Replays the pipeline.
     *
     * @param scoring  keep every row (row-removing steps such as dedupe are skipped)
     * @param optional input columns that may be absent (e.g. the target when scoring); they are filled with
     *                 missing values during the replay and left out of the output
     * @throws PrepException naming the required columns that are absent, or numeric columns that are not numeric
     */
    public PrepResult transform(Dataset data, boolean scoring, Collection<String> optional, Progress progress,
                                Cancellation cancellation) throws PrepException {
        List<String> missing = new ArrayList<>();
        List<String> mistyped = new ArrayList<>();
        Frame frame = Frame.of(data);
        List<String> placeholders = new ArrayList<>();
        for (String c : requiredInputs) {
            ColumnType trained = inputTypes.get(inputColumns.indexOf(c));
            if (!frame.has(c)) {
                if (optional.contains(c)) {
                    placeholders.add(c);
                } else {
                    missing.add(c);
                }
            } else if (trained.isNumeric() && !(data.column(c) instanceof NumericColumn<?>)) {
                mistyped.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new PrepException("segment.prep.error.missing.columns", String.join(", ", missing));
        }
        if (!mistyped.isEmpty()) {
            throw new PrepException("segment.prep.error.mistyped.columns", String.join(", ", mistyped));
        }
        for (String c : placeholders) {
            ColumnType t = inputTypes.get(inputColumns.indexOf(c));
            frame = t.isNumeric()
                    ? frame.with(c, DoubleColumn.create(c, nans(data.rowCount())), t)
                    : frame.with(c, StringColumn.create(c, data.rowCount()), t);
        }
        List<StepReport> reports = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            cancellation.check();
            progress.report((double) s / steps.size(), "segment.prep.progress.step", s + 1, steps.size());
            Frame next = steps.get(s).apply(frame, scoring, cancellation);
            reports.add(report(steps.get(s), frame, next));
            frame = next;
        }
        List<String> out = new ArrayList<>();
        for (String c : outputColumns) {
            if (frame.has(c) && !placeholders.contains(c)) {
                out.add(c);
            }
        }
        frame = frame.select(out);
        progress.report(1, "segment.prep.progress.done");
        return new PrepResult(this, frame.data(), frame.sourceRows(), reports);
    }

    private static double[] nans(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    static StepReport report(FittedStep step, Frame before, Frame after) {
        List<String> b = before.data().columnNames();
        List<String> a = after.data().columnNames();
        List<String> added = a.stream().filter(c -> !b.contains(c)).toList();
        List<String> removed = b.stream().filter(c -> !a.contains(c)).toList();
        JoinReport jr = step instanceof Join j ? j.report(before) : null;
        return new StepReport(step.describe(), before.rows(), after.rows(), b.size(), a.size(), added, removed, jr);
    }
}
