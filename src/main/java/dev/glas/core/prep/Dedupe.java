package dev.glas.core.prep;

import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops duplicate rows, keeping the first: whole-row duplicates when {@code idColumn} is null, otherwise
 * rows whose id repeats. When scoring new data every row is kept.
 */
public record Dedupe(String idColumn) implements Step, FittedStep {

    @Override
    public FittedStep fit(Frame in, Cancellation cancellation) throws PrepException {
        if (idColumn != null && !in.has(idColumn)) {
            throw new PrepException("segment.prep.error.missing.columns", idColumn);
        }
        return this;
    }

    @Override
    public Frame apply(Frame in, boolean scoring, Cancellation cancellation) throws PrepException {
        if (scoring) {
            return in;
        }
        List<String> cols = idColumn == null ? in.data().columnNames() : List.of(idColumn);
        String[][] values = new String[cols.size()][];
        for (int j = 0; j < cols.size(); j++) {
            values[j] = in.texts(cols.get(j));
        }
        Set<List<String>> seen = new HashSet<>();
        int[] keep = new int[in.rows()];
        int kept = 0;
        for (int i = 0; i < in.rows(); i++) {
            if ((i & 0xFFFF) == 0) {
                cancellation.check();
            }
            List<String> key = new ArrayList<>(cols.size());
            for (String[] v : values) {
                key.add(v[i]);
            }
            if (seen.add(key)) {
                keep[kept++] = i;
            }
        }
        return kept == in.rows() ? in : in.keepRows(Arrays.copyOf(keep, kept));
    }

    @Override
    public List<String> inputs() {
        return idColumn == null ? List.of() : List.of(idColumn);
    }

    @Override
    public String describe() {
        return idColumn == null ? Messages.get("segment.prep.step.dedupe_rows")
                : Messages.get("segment.prep.step.dedupe_id", idColumn);
    }
}
