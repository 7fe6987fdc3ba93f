package dev.glas.core.prep;

import dev.glas.core.data.ColumnType;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;

/**
 * Left join of a lookup table on a key: every row of the main table is kept and gets the second table's
 * other columns (missing when its key has no match). Keys are compared as trimmed text, with numbers
 * normalized ("17850.0" matches "17850"). Columns whose names clash get {@code suffix} appended.
 */
public record Join(String leftKey, String rightKey, LookupTable right, String suffix) implements Step, FittedStep {

    public Join {
        if (leftKey == null || rightKey == null || right == null) {
            throw new IllegalArgumentException("join needs both keys and the second table");
        }
        if (!right.columns().contains(rightKey)) {
            throw new IllegalArgumentException("the second table has no column " + rightKey);
        }
        if (suffix == null || suffix.isEmpty()) {
            suffix = "_" + right.name().replaceAll("\\.[A-Za-z0-9]+$", "");
        }
    }

    @Override
    public FittedStep fit(Frame in, Cancellation cancellation) throws PrepException {
        Columns.requirePresent(in, List.of(leftKey));
        return this;
    }

    static String normalizeKey(String k) {
        if (k == null) {
            return null;
        }
        String t = k.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() < 30 && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-')) {
            try {
                return new BigDecimal(t).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return t;
            }
        }
        return t;
    }

    private Map<String, Integer> index(int[] duplicates) {
        Map<String, Integer> idx = new HashMap<>();
        List<String> keys = right.column(rightKey);
        for (int r = 0; r < keys.size(); r++) {
            String k = normalizeKey(keys.get(r));
            if (k != null && idx.putIfAbsent(k, r) != null) {
                duplicates[0]++;
            }
        }
        return idx;
    }

    @Override
    public Frame apply(Frame in, boolean scoring, Cancellation cancellation) throws PrepException {
        Columns.requirePresent(in, List.of(leftKey));
        Map<String, Integer> idx = index(new int[1]);
        String[] keys = in.texts(leftKey);
        int[] match = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String k = normalizeKey(keys[i]);
            Integer r = k == null ? null : idx.get(k);
            match[i] = r == null ? -1 : r;
        }
        Frame out = in;
        for (int j = 0; j < right.columns().size(); j++) {
            String col = right.columns().get(j);
            if (col.equals(rightKey)) {
                continue;
            }
            String name = out.has(col) ? col + suffix : col;
            ColumnType type = right.types().get(j);
            List<String> vals = right.values().get(j);
            if (type.isNumeric()) {
                double[] v = new double[keys.length];
                for (int i = 0; i < v.length; i++) {
                    String s = match[i] < 0 ? null : vals.get(match[i]);
                    v[i] = parse(s);
                }
                out = out.with(name, DoubleColumn.create(name, v), type == ColumnType.INTEGER ? ColumnType.NUMERIC : type);
            } else {
                String[] v = new String[keys.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = match[i] < 0 ? null : vals.get(match[i]);
                }
                out = out.withTexts(name, v, type.isTemporal() ? ColumnType.CATEGORICAL : type);
            }
        }
        return out;
    }

    private static double parse(String s) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The match report of joining {@code in} with the second table. */
    public JoinReport report(Frame in) {
        int[] dup = new int[1];
        Map<String, Integer> idx = index(dup);
        Set<String> usedRight = new java.util.HashSet<>();
        Set<String> unmatchedLeft = new LinkedHashSet<>();
        int matched = 0;
        int unmatchedRows = 0;
        for (String raw : in.texts(leftKey)) {
            String k = normalizeKey(raw);
            if (k != null && idx.containsKey(k)) {
                matched++;
                usedRight.add(k);
            } else {
                unmatchedRows++;
                unmatchedLeft.add(k == null ? "∅" : k);
            }
        }
        List<String> unmatchedRight = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String raw : right.column(rightKey)) {
            String k = normalizeKey(raw);
            if (k != null && !usedRight.contains(k) && seen.add(k)) {
                unmatchedRight.add(k);
            }
        }
        return new JoinReport(matched, unmatchedRows, unmatchedLeft.size(),
                unmatchedLeft.stream().limit(20).toList(), unmatchedRight.size(),
                unmatchedRight.stream().limit(20).toList(), dup[0]);
    }

    @Override
    public List<String> inputs() {
        return List.of(leftKey);
    }

    @Override
    public String describe() {
        return Messages.get("segment.prep.step.join", right.name(), leftKey, rightKey);
    }
}
