package dev.glas.core.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cells of a file before typing: for every column the byte range of each cell in one shared buffer. CSV
 * cells point straight into the file bytes; Excel and JSON readers append their cell text here as UTF-8.
 * An end offset stored as {@code ~end} (negative) marks a quoted CSV field with {@code ""} escapes. A
 * missing cell is an empty range.
 */
final class RawColumns {

    final byte[] buf;
    final Charset charset;
    final String[] names;
    final int rows;
    final int[][] starts;
    final int[][] ends;
    /** 1-based line (CSV), sheet row (Excel) or record number (JSON) of each row, for messages. */
    final int[] lines;

    RawColumns(byte[] buf, Charset charset, String[] names, int rows, int[][] starts, int[][] ends, int[] lines) {
        this.buf = buf;
        this.charset = charset;
        this.names = names;
        this.rows = rows;
        this.starts = starts;
        this.ends = ends;
        this.lines = lines;
    }

    int columns() {
        return names.length;
    }

    int start(int col, int row) {
        return starts[col][row];
    }

    int end(int col, int row) {
        int e = ends[col][row];
        return e < 0 ? ~e : e;
    }

    boolean escaped(int col, int row) {
        return ends[col][row] < 0;
    }

    /** True when the cell is empty or only spaces/tabs. */
    boolean blank(int col, int row) {
        int s = starts[col][row];
        int e = end(col, row);
        for (int i = s; i < e; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The cell as text (quotes unescaped); "" when missing. */
    String text(int col, int row) {
        return decode(buf, starts[col][row], ends[col][row], charset);
    }

    static String decode(byte[] buf, int s, int rawEnd, Charset charset) {
        int e = rawEnd < 0 ? ~rawEnd : rawEnd;
        if (rawEnd >= 0) {
            return new String(buf, s, e - s, charset);
        }
        byte[] tmp = new byte[e - s];
        int k = 0;
        for (int i = s; i < e; i++) {
            tmp[k++] = buf[i];
            if (buf[i] == '"' && i + 1 < e && buf[i + 1] == '"') {
                i++;
            }
        }
        return new String(tmp, 0, k, charset);
    }

    /** Builds columns cell by cell from text (Excel, JSON); columns may be added as they are discovered. */
    static final class Builder {
        private byte[] buf = new byte[1 << 16];
        private int len;
        private int cols;
        private int rows;
        private int cap = 1024;
        private int[][] starts = new int[8][];
        private int[][] ends = new int[8][];
        private int[] lines = new int[cap];

        /** Adds a column (all earlier rows missing) and returns its index. */
        int addColumn() {
            if (cols == starts.length) {
                starts = Arrays.copyOf(starts, cols * 2);
                ends = Arrays.copyOf(ends, cols * 2);
            }
            starts[cols] = new int[cap];
            ends[cols] = new int[cap];
            return cols++;
        }

        int columns() {
            return cols;
        }

        int rows() {
            return rows;
        }

        /** Starts a new row (all cells missing until set). */
        void newRow(int line) throws DataFormatException {
            if (rows == cap) {
                int n = cap * 2;
                for (int c = 0; c < cols; c++) {
                    starts[c] = Arrays.copyOf(starts[c], n);
                    ends[c] = Arrays.copyOf(ends[c], n);
                }
                lines = Arrays.copyOf(lines, n);
                cap = n;
            }
            lines[rows] = line;
            for (int c = 0; c < cols; c++) {
                starts[c][rows] = 0;
                ends[c][rows] = 0;
            }
            rows++;
        }

        void set(int col, String value) throws DataFormatException {
            byte[] b = value.getBytes(StandardCharsets.UTF_8);
            if ((long) len + b.length > Integer.MAX_VALUE - 16) {
                throw new DataFormatException("data.error.too.large");
            }
            if (len + b.length > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16,
                        Math.max((long) buf.length * 2, (long) len + b.length)));
            }
            System.arraycopy(b, 0, buf, len, b.length);
            starts[col][rows - 1] = len;
            len += b.length;
            ends[col][rows - 1] = len;
        }

        RawColumns build(String[] names) {
            return new RawColumns(buf, StandardCharsets.UTF_8, names, rows, Arrays.copyOf(starts, cols),
                    Arrays.copyOf(ends, cols), lines);
        }
    }
}
