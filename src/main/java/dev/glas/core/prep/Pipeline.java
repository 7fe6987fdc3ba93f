package dev.glas.core.prep;

import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of preparation steps as configured. {@link #fit} learns every step on a dataset (each
 * step sees the output of the previous one) and returns the prepared data with a {@link FittedPipeline}
 * that replays the same transformation on new data.
 */
public record Pipeline(List<Step> steps) {

    public Pipeline {
        steps = List.copyOf(steps);
    }

    public static Pipeline of(Step... steps) {
        return new Pipeline(List.of(steps));
    }

    public Pipeline with(Step step) {
        List<Step> s = new ArrayList<>(steps);
        s.add(step);
        return new Pipeline(s);
    }

    public PrepResult fit(Dataset data) throws PrepException {
        return fit(data, Progress.NONE, Cancellation.NEVER);
    }

    public PrepResult fit(Dataset data, Progress progress, Cancellation cancellation) throws PrepException {
        Frame frame = Frame.of(data);
        List<FittedStep> fitted = new ArrayList<>();
        List<StepReport> reports = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            cancellation.check();
            progress.report((double) s / steps.size(), "segment.prep.progress.step", s + 1, steps.size());
            FittedStep f = steps.get(s).fit(frame, cancellation);
            Frame next = f.apply(frame, false, cancellation);
            reports.add(FittedPipeline.report(f, frame, next));
            fitted.add(f);
            frame = next;
        }
        progress.report(1, "segment.prep.progress.done");
        FittedPipeline pipeline = FittedPipeline.create(data, fitted, frame.data().columnNames());
        return new PrepResult(pipeline, frame.data(), frame.sourceRows(), reports);
    }
}
