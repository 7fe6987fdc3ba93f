package dev.glas.core.prep;

import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import java.util.ArrayList;
import java.util.List;

/**
 * Clips numeric columns to bounds learned at fit time: the {@code lower}/{@code upper} quantiles
 * (method QUANTILE, e.g. 0.01 and 0.99) or {@code [Q1 − factor·IQR, Q3 + factor·IQR]} (method IQR, factor
 * usually 1.5). Empty {@code columns} = all numeric non-identifier columns.
 */
public record ClipOutliers(List<String> columns, Method method, double lower, double upper, double factor)
        implements Step {

    public enum Method { QUANTILE, IQR }

    public ClipOutliers {
        columns = List.copyOf(columns);
        if (method == null) {
            method = Method.IQR;
        }
        if (method == Method.QUANTILE && !(lower >= 0 && lower < upper && upper <= 1)) {
            throw new IllegalArgumentException("quantiles must satisfy 0 <= lower < upper <= 1");
        }
        if (method == Method.IQR && !(factor > 0)) {
            throw new IllegalArgumentException("IQR factor must be positive");
        }
    }

    public static ClipOutliers iqr(List<String> columns) {
        return new ClipOutliers(columns, Method.IQR, 0.25, 0.75, 1.5);
    }

    public static ClipOutliers quantiles(List<String> columns, double lower, double upper) {
        return new ClipOutliers(columns, Method.QUANTILE, lower, upper, 1.5);
    }

    @Override
    public FittedStep fit(Frame in, Cancellation cancellation) throws PrepException {
        List<String> cols = Columns.numeric(in, columns);
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        for (String c : cols) {
            double[] s = Columns.sortedPresent(in.numbers(c));
            if (method == Method.QUANTILE) {
                lo.add(Columns.quantile(s, lower));
                hi.add(Columns.quantile(s, upper));
            } else {
                double q1 = Columns.quantile(s, 0.25);
                double q3 = Columns.quantile(s, 0.75);
                lo.add(q1 - factor * (q3 - q1));
                hi.add(q3 + factor * (q3 - q1));
            }
        }
        return new Fitted(cols, lo, hi);
    }

    @Override
    public String describe() {
        return method == Method.IQR ? Messages.get("segment.prep.step.clip_iqr", factor, Columns.list(columns))
                : Messages.get("segment.prep.step.clip_quantile", lower, upper, Columns.list(columns));
    }

    /** Learned bounds per column. */
    public record Fitted(List<String> columns, List<Double> lower, List<Double> upper) implements FittedStep {

        public Fitted {
            columns = List.copyOf(columns);
            lower = List.copyOf(lower);
            upper = List.copyOf(upper);
        }

        @Override
        public Frame apply(Frame in, boolean scoring, Cancellation cancellation) throws PrepException {
            Frame out = in;
            for (int j = 0; j < columns.size(); j++) {
                double[] v = in.numbers(columns.get(j));
                double lo = lower.get(j);
                double hi = upper.get(j);
                for (int i = 0; i < v.length; i++) {
                    if (!Double.isNaN(v[i]) && !Double.isNaN(lo)) {
                        v[i] = Math.min(hi, Math.max(lo, v[i]));
                    }
                }
                out = out.withNumbers(columns.get(j), v);
            }
            return out;
        }

        @Override
        public List<String> inputs() {
            return columns;
        }

        @Override
        public String describe() {
            return Messages.get("segment.prep.step.clip_fitted", Columns.list(columns));
        }
    }
}
