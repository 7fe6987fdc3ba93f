package dev.glas.core.prep;

import dev.glas.core.data.ColumnType;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * Encodes categorical columns. One-hot makes one 0/1 column {@code column=value} per category seen at fit
 * time (sorted); an unseen or missing value gives all zeros. Ordinal gives the index of the category in
 * sorted order, and −1 for unseen or missing values (as sklearn's OrdinalEncoder with
 * {@code unknown_value=-1}). Empty {@code columns} = all categorical and boolean columns.
 */
public record Encode(List<String> columns, Method method) implements Step {

    public enum Method { ONE_HOT, ORDINAL }

    public Encode {
        columns = List.copyOf(columns);
        if (method == null) {
            method = Method.ONE_HOT;
        }
    }

    @Override
    public FittedStep fit(Frame in, Cancellation cancellation) throws PrepException {
        List<String> cols = new ArrayList<>();
        if (columns.isEmpty()) {
            for (String c : in.data().columnNames()) {
                if (in.isCategorical(c)) {
                    cols.add(c);
                }
            }
        } else {
            Columns.requirePresent(in, columns);
            cols.addAll(columns);
        }
        List<List<String>> categories = new ArrayList<>();
        for (String c : cols) {
            TreeSet<String> seen = new TreeSet<>();
            for (String v : in.texts(c)) {
                if (v != null) {
                    seen.add(v);
                }
            }
            categories.add(List.copyOf(seen));
        }
        return new Fitted(cols, method, categories);
    }

    @Override
    public String describe() {
        return Messages.get("segment.prep.step.encode", method.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                columns.isEmpty() ? Messages.get("segment.prep.all.categorical") : String.join(", ", columns));
    }

    /** Categories learned per column. */
    public record Fitted(List<String> columns, Method method, List<List<String>> categories) implements FittedStep {

        public Fitted {
            columns = List.copyOf(columns);
            categories = categories.stream().map(List::copyOf).toList();
        }

        @Override
        public Frame apply(Frame in, boolean scoring, Cancellation cancellation) {
            Frame out = in;
            for (int j = 0; j < columns.size(); j++) {
                String col = columns.get(j);
                List<String> cats = categories.get(j);
                String[] v = in.texts(col);
                java.util.Map<String, Integer> index = new java.util.HashMap<>();
                for (int k = 0; k < cats.size(); k++) {
                    index.put(cats.get(k), k);
                }
                if (method == Method.ORDINAL) {
                    double[] codes = new double[v.length];
                    for (int i = 0; i < v.length; i++) {
                        Integer k = v[i] == null ? null : index.get(v[i]);
                        codes[i] = k == null ? -1 : k;
                    }
                    out = out.withNumbers(col, codes);
                } else {
                    double[][] hot = new double[cats.size()][v.length];
                    for (int i = 0; i < v.length; i++) {
                        Integer k = v[i] == null ? null : index.get(v[i]);
                        if (k != null) {
                            hot[k][i] = 1;
                        }
                    }
                    List<Column<?>> made = new ArrayList<>();
                    for (int k = 0; k < cats.size(); k++) {
                        made.add(DoubleColumn.create(col + "=" + cats.get(k), hot[k]));
                    }
                    out = out.expand(col, made, ColumnType.NUMERIC);
                }
            }
            return out;
        }

        @Override
        public List<String> inputs() {
            return columns;
        }

        @Override
        public String describe() {
            return new Encode(columns, method).describe();
        }
    }
}
