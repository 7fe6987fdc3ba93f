package dev.glas.core.prep;

import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops columns where more than {@code threshold} of the values are missing (default 0.6). The columns
 * dropped at fit time are dropped on replay, whatever their missing share there.
 */
public record DropSparse(double threshold) implements Step {

    public static final double DEFAULT_THRESHOLD = 0.6;

    public DropSparse {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
    }

    public DropSparse() {
        this(DEFAULT_THRESHOLD);
    }

    @Override
    public FittedStep fit(Frame in, Cancellation cancellation) {
        List<String> drop = new ArrayList<>();
        int n = in.rows();
        for (String c : in.data().columnNames()) {
            if (n > 0 && in.missing(c) > threshold * n) {
                drop.add(c);
            }
        }
        return new DropColumns(drop);
    }

    @Override
    public String describe() {
        return Messages.get("segment.prep.step.drop_sparse", Math.round(threshold * 100));
    }
}
