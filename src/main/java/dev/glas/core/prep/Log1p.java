package dev.glas.core.prep;

import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import java.util.List;

/**
 * Sign-preserving log transform {@code sign(x)·ln(1+|x|)} of numeric columns (equals {@code log1p} for
 * x ≥ 0 and stays defined for negative balances). Empty {@code columns} means every numeric column
 * except identifiers (resolved at fit time).
 */
public record Log1p(List<String> columns) implements Step, FittedStep {

    public Log1p {
        columns = List.copyOf(columns);
    }

    @Override
    public FittedStep fit(Frame in, Cancellation cancellation) throws PrepException {
        return new Log1p(Columns.numeric(in, columns));
    }

    @Override
    public Frame apply(Frame in, boolean scoring, Cancellation cancellation) throws PrepException {
        Frame out = in;
        for (String c : columns) {
            double[] v = in.numbers(c);
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.signum(v[i]) * Math.log1p(Math.abs(v[i]));
            }
            out = out.withNumbers(c, v);
        }
        return out;
    }

    @Override
    public List<String> inputs() {
        return columns;
    }

    @Override
    public String describe() {
        return Messages.get("segment.prep.step.log1p", Columns.list(columns));
    }
}
