package dev.glas.core.text;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Classifies a text column of a dataset with a {@link TextModel}; adds the predicted label and its probability
 * as new columns and, when a labelled column is given, evaluates against it. Rows without text get no label.
 */
public final class TextClassification {

    /**
     * @param dataset        the input with two new columns {@code labelColumn} and {@code probabilityColumn}
     * @param labelColumn    name of the added label column
     * @param probabilityColumn name of the added probability column
     * @param labelCounts    predicted label → rows (in the model's label order)
     * @param evaluation     quality against the labelled column, or {@code null}
     * @param classified     rows with text
     * @param truncated      texts cut to the model's length limit
     * @param textsPerSecond classified texts per second of model time
     * @param seconds        wall time
     */
    public record Result(Dataset dataset, String labelColumn, String probabilityColumn,
                         Map<String, Integer> labelCounts, Evaluation evaluation, int classified, int truncated,
                         double textsPerSecond, double seconds) {
    }

    private TextClassification() {
    }

    /** Values of a column as strings ({@code null} for missing). */
    public static List<String> texts(Dataset data, String column) throws TextException {
        if (!data.columnNames().contains(column)) {
            throw new TextException("text.error.no.column", column, String.join(", ", data.columnNames()));
        }
        Column<?> c = data.column(column);
        List<String> out = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            out.add(c.isMissing(i) ? null : c.getString(i));
        }
        return out;
    }

    public static Result run(Dataset data, String textColumn, TextModel model, String truthColumn,
                             Progress progress, Cancellation cancellation) throws TextException {
        long t0 = System.nanoTime();
        List<String> all = texts(data, textColumn);
        List<String> truth = truthColumn == null ? null : texts(data, truthColumn);
        List<Integer> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && !all.get(i).isBlank()) {
                rows.add(i);
                texts.add(all.get(i));
            }
        }
        long m0 = System.nanoTime();
        TextModel.Prediction p = model.predict(texts, progress, cancellation);
        double modelSeconds = (System.nanoTime() - m0) / 1e9;
        String labelName = unique(data, textColumn + "_label");
        String probName = unique(data, textColumn + "_probability");
        StringColumn labelCol = StringColumn.create(labelName, all.size());
        DoubleColumn probCol = DoubleColumn.create(probName, all.size());
        Map<String, Integer> counts = new LinkedHashMap<>();
        model.labels().forEach(l -> counts.put(l, 0));
        List<String> evalTruth = new ArrayList<>();
        List<String> evalPred = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            float[] probs = p.probabilities()[k];
            int best = SoftmaxRegression.argmax(probs);
            String label = model.labels().get(best);
            labelCol.set(rows.get(k), label);
            probCol.set(rows.get(k), probs[best]);
            counts.merge(label, 1, Integer::sum);
            if (truth != null && truth.get(rows.get(k)) != null && !truth.get(rows.get(k)).isBlank()) {
                evalTruth.add(truth.get(rows.get(k)).strip());
                evalPred.add(label);
            }
        }
        Table table = data.table().copy();
        table.addColumns(labelCol, probCol);
        Map<String, ColumnType> types = new LinkedHashMap<>(data.types());
        types.put(labelName, ColumnType.CATEGORICAL);
        types.put(probName, ColumnType.NUMERIC);
        Dataset out = new Dataset(data.name(), table, types, data.source());
        Evaluation eval = truth == null || evalTruth.isEmpty() ? null : Evaluation.of(evalTruth, evalPred);
        return new Result(out, labelName, probName, counts, eval, rows.size(), p.truncated(),
                rows.isEmpty() ? 0 : rows.size() / Math.max(1e-9, modelSeconds), (System.nanoTime() - t0) / 1e9);
    }

    private static String unique(Dataset data, String name) {
        String n = name;
        for (int k = 2; data.columnNames().contains(n); k++) {
            n = name + "_" + k;
        }
        return n;
    }
}
