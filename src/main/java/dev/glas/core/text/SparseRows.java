package dev.glas.core.text;

/**
 * Rows of a sparse matrix: for row i, column indices {@code index[i]} (ascending) and values {@code value[i]}.
 *
 * @param index   column indices per row
 * @param value   values per row
 * @param columns number of columns
 */
public record SparseRows(int[][] index, float[][] value, int columns) {

    public int rows() {
        return index.length;
    }

    /** Dense rows as sparse rows (every column present). */
    public static SparseRows dense(float[][] rows) {
        int d = rows.length == 0 ? 0 : rows[0].length;
        int[] all = new int[d];
        for (int j = 0; j < d; j++) {
            all[j] = j;
        }
        int[][] idx = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            idx[i] = all;
        }
        return new SparseRows(idx, rows, d);
    }

    /** The given rows, in the given order. */
    public SparseRows select(int[] rows) {
        int[][] idx = new int[rows.length][];
        float[][] val = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            idx[i] = index[rows[i]];
            val[i] = value[rows[i]];
        }
        return new SparseRows(idx, val, columns);
    }
}
