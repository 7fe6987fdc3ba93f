package dev.glas.core.prep;

import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scales numeric columns: MinMax to [0, 1], Z-score (mean 0, population std 1, as sklearn's
 * StandardScaler) or robust (median 0, IQR 1, as sklearn's RobustScaler). Missing values stay missing.
 * A constant column gets scale 1. Empty {@code columns} = all numeric non-identifier columns.
 */
public record Scale(List<String> columns, Method method) implements Step {

    public enum Method { MINMAX, ZSCORE, ROBUST }

    public Scale {
        columns = List.copyOf(columns);
        if (method == null) {
            method = Method.ZSCORE;
        }
    }

    @Override
    public FittedStep fit(Frame in, Cancellation cancellation) throws PrepException {
        List<String> cols = Columns.numeric(in, columns);
        List<Double> centers = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        for (String c : cols) {
            double[] v = in.numbers(c);
            double center;
            double scale;
            switch (method) {
                case MINMAX -> {
                    double[] s = Columns.sortedPresent(v);
                    center = s.length == 0 ? 0 : s[0];
                    scale = s.length == 0 ? 1 : s[s.length - 1] - s[0];
                }
                case ZSCORE -> {
                    center = Columns.mean(v);
                    scale = Columns.std(v, center);
                }
                default -> {
                    double[] s = Columns.sortedPresent(v);
                    center = Columns.quantile(s, 0.5);
                    scale = Columns.quantile(s, 0.75) - Columns.quantile(s, 0.25);
                }
            }
            if (!(scale > 0) || Double.isNaN(scale)) {
                scale = 1;
            }
            centers.add(Double.isNaN(center) ? 0 : center);
            scales.add(scale);
        }
        return new Fitted(cols, method, centers, scales);
    }

    @Override
    public String describe() {
        return Messages.get("segment.prep.step.scale", method.name().toLowerCase(Locale.ROOT), Columns.list(columns));
    }

    /** Learned centre and scale per column: {@code x' = (x − center) / scale}. */
    public record Fitted(List<String> columns, Method method, List<Double> centers, List<Double> scales)
            implements FittedStep {

        public Fitted {
            columns = List.copyOf(columns);
            centers = List.copyOf(centers);
            scales = List.copyOf(scales);
        }

        @Override
        public Frame apply(Frame in, boolean scoring, Cancellation cancellation) throws PrepException {
            Frame out = in;
            for (int j = 0; j < columns.size(); j++) {
                double[] v = in.numbers(columns.get(j));
                double c = centers.get(j);
                double s = scales.get(j);
                for (int i = 0; i < v.length; i++) {
                    v[i] = (v[i] - c) / s;
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
            return new Scale(columns, method).describe();
        }
    }
}
