package dev.glas.core.data;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Splits delimited text into cells without decoding it: one pass over the bytes that records where every
 * field starts and ends (RFC 4180: fields may be quoted with {@code "}, quotes inside are doubled, quoted
 * fields may span lines; LF, CRLF and CR line ends). Works on any ASCII-compatible encoding (UTF-8,
 * windows-1251). Blank lines are skipped. A record with more or fewer fields than the first one is an
 * error naming its line (extra empty fields at the end of a line are tolerated).
 */
final class CsvScanner {

    private CsvScanner() {
    }

    /**
     * @param partial    the bytes are a prefix of the file (preview, sniffing): a record cut off at the end
     *                   is dropped instead of reported
     * @param maxRecords stop after this many records (the header counts)
     */
    static RawColumns scan(String name, byte[] b, int from, int to, byte delim, Charset charset, int maxRecords,
                           boolean partial, Progress progress, Cancellation cancellation)
            throws DataFormatException {
        int ncols = -1;
        int cap = 0;
        int[][] st = null;
        int[][] en = null;
        int[] lines = null;
        int[] fs = new int[64];
        int[] fe = new int[64];
        int line = 1;
        int pos = from;
        int rec = 0;
        int total = to - from;
        while (pos < to && rec < maxRecords) {
            byte first = b[pos];
            if (first == '\n') {
                pos++;
                line++;
                continue;
            }
            if (first == '\r') {
                pos++;
                if (pos < to && b[pos] == '\n') {
                    pos++;
                }
                line++;
                continue;
            }
            int recLine = line;
            int nf = 0;
            boolean cut = false;
            while (true) {
                int s;
                int e;
                if (pos < to && b[pos] == '"') {
                    pos++;
                    s = pos;
                    boolean esc = false;
                    while (true) {
                        if (pos >= to) {
                            if (partial) {
                                cut = true;
                                break;
                            }
                            throw new DataFormatException(recLine, String.valueOf(nf + 1), null,
                                    "data.error.quote.unclosed", recLine, nf + 1);
                        }
                        byte x = b[pos];
                        if (x == '"') {
                            if (pos + 1 < to && b[pos + 1] == '"') {
                                esc = true;
                                pos += 2;
                                continue;
                            }
                            break;
                        }
                        if (x == '\n') {
                            line++;
                        }
                        pos++;
                    }
                    if (cut) {
                        break;
                    }
                    e = esc ? ~pos : pos;
                    pos++;
                    while (pos < to && (b[pos] == ' ' || b[pos] == '\t') && b[pos] != delim) {
                        pos++;
                    }
                    if (pos < to && b[pos] != delim && b[pos] != '\n' && b[pos] != '\r') {
                        throw new DataFormatException(line, String.valueOf(nf + 1), null,
                                "data.error.quote.junk", line, nf + 1);
                    }
                } else {
                    s = pos;
                    while (pos < to) {
                        byte x = b[pos];
                        if (x == delim || x == '\n' || x == '\r') {
                            break;
                        }
                        pos++;
                    }
                    e = pos;
                }
                if (nf == fs.length) {
                    fs = Arrays.copyOf(fs, nf * 2);
                    fe = Arrays.copyOf(fe, nf * 2);
                }
                fs[nf] = s;
                fe[nf] = e;
                nf++;
                if (pos < to && b[pos] == delim) {
                    pos++;
                    if (pos == to) {
                        if (partial) {
                            cut = true;
                            break;
                        }
                        fs[nf] = pos;
                        fe[nf] = pos;
                        nf++;
                        break;
                    }
                    continue;
                }
                if (pos < to) {
                    if (b[pos] == '\r') {
                        pos++;
                        if (pos < to && b[pos] == '\n') {
                            pos++;
                        }
                    } else {
                        pos++;
                    }
                    line++;
                } else if (partial) {
                    cut = true;
                }
                break;
            }
            if (cut) {
                break;
            }
            if (ncols < 0) {
                ncols = nf;
                long est = Math.max(16, (long) ((double) total / Math.max(1, pos - from) * 1.1) + 16);
                cap = (int) Math.min(est, Math.min(maxRecords, Integer.MAX_VALUE - 16));
                st = new int[ncols][cap];
                en = new int[ncols][cap];
                lines = new int[cap];
            } else if (nf != ncols) {
                boolean extraEmpty = nf > ncols;
                for (int i = ncols; i < nf && extraEmpty; i++) {
                    extraEmpty = fe[i] == fs[i];
                }
                if (!extraEmpty) {
                    throw new DataFormatException(recLine, null, null, "data.error.ragged", recLine, nf, ncols);
                }
            }
            if (rec == cap) {
                cap = (int) Math.min(Integer.MAX_VALUE - 16, cap + (cap >> 1) + 16);
                for (int c = 0; c < ncols; c++) {
                    st[c] = Arrays.copyOf(st[c], cap);
                    en[c] = Arrays.copyOf(en[c], cap);
                }
                lines = Arrays.copyOf(lines, cap);
            }
            for (int c = 0; c < ncols; c++) {
                st[c][rec] = fs[c];
                en[c][rec] = fe[c];
            }
            lines[rec] = recLine;
            rec++;
            if ((rec & 0x3FFF) == 0) {
                cancellation.check();
                progress.report((double) (pos - from) / total, "task.import.reading", name);
            }
        }
        if (ncols < 0) {
            return new RawColumns(b, charset, new String[0], 0, new int[0][], new int[0][], new int[0]);
        }
        return new RawColumns(b, charset, new String[ncols], rec, st, en, lines);
    }
}
