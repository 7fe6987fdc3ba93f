package dev.glas.core.prep;

import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import java.util.ArrayList;
import java.util.List;

/** Drops the named columns (absent ones are ignored on replay). */
public record DropColumns(List<String> columns) implements Step, FittedStep {

    public DropColumns {
        columns = List.copyOf(columns);
    }

    @Override
    public FittedStep fit(Frame in, Cancellation cancellation) {
        return this;
    }

    @Override
    public Frame apply(Frame in, boolean scoring, Cancellation cancellation) {
        List<String> present = new ArrayList<>();
        for (String c : columns) {
            if (in.has(c)) {
                present.add(c);
            }
        }
        return in.drop(present);
    }

    @Override
    public List<String> inputs() {
        return List.of();
    }

    @Override
    public String describe() {
        return Messages.get("segment.prep.step.drop_columns", String.join(", ", columns));
    }
}
