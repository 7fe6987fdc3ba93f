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

    /** Files larger than this are split in two halves scanned in parallel. */
    static final int PARALLEL_BYTES = 4 << 20;

    /** Records of one stretch of the input. */
    private record Segment(int ncols, int rec, int[][] st, int[][] en, int[] lines, int endPos, int endLine) {
    }

    /**
     * @param partial    the bytes are a prefix of the file (preview, sniffing): a record cut off at the end
     *                   is dropped instead of reported
     * @param maxRecords stop after this many records (the header counts)
     */
    static RawColumns scan(String name, byte[] b, int from, int to, byte delim, Charset charset, int maxRecords,
                           boolean partial, Progress progress, Cancellation cancellation)
            throws DataFormatException {
        Segment all;
        if (!partial && maxRecords == Integer.MAX_VALUE && to - from > PARALLEL_BYTES
                && Runtime.getRuntime().availableProcessors() > 1) {
            all = scanParallel(name, b, from, to, delim, progress, cancellation);
        } else {
            all = segment(name, b, from, to, to, delim, -1, 1, maxRecords, partial, progress, cancellation);
        }
        if (all.ncols < 0) {
            return new RawColumns(b, charset, new String[0], 0, new int[0][], new int[0][], new int[0]);
        }
        return new RawColumns(b, charset, new String[all.ncols], all.rec, all.st, all.en, all.lines);
    }

    /**
     * Header first, then the two halves at once: the second half starts after the first line break past the
     * middle. That start is right only when the break is not inside a quoted field, which is known once the
     * first half has been scanned: its last record must end exactly there. Otherwise (or when the second
     * half reports an error) the first half simply continues alone, so results and errors are always those
     * of a sequential scan.
     */
    private static Segment scanParallel(String name, byte[] b, int from, int to, byte delim, Progress progress,
                                        Cancellation cancellation) throws DataFormatException {
        Segment head = segment(name, b, from, to, to, delim, -1, 1, 1, false, Progress.NONE, cancellation);
        if (head.ncols < 0 || head.endPos >= to) {
            return head;
        }
        int p0 = head.endPos;
        int mid = p0 + (to - p0) / 2;
        int nl = mid;
        while (nl < to && b[nl] != '\n') {
            nl++;
        }
        if (nl >= to - 1) {
            return concat(head, segment(name, b, p0, to, to, delim, head.ncols, head.endLine, Integer.MAX_VALUE,
                    false, progress, cancellation), 0);
        }
        int start2 = nl + 1;
        java.util.concurrent.CompletableFuture<Segment> second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return segment(name, b, start2, to, to, delim, head.ncols, 1, Integer.MAX_VALUE, false,
                                Progress.NONE, cancellation);
                    } catch (DataFormatException | RuntimeException e) {
                        return null;
                    }
                });
        Segment first;
        try {
            first = segment(name, b, p0, to, start2, delim, head.ncols, head.endLine, Integer.MAX_VALUE, false,
                    progress.slice(0, 0.5), cancellation);
        } catch (DataFormatException | RuntimeException e) {
            second.cancel(true);
            throw e;
        }
        Segment rest = second.join();
        if (first.endPos == start2 && rest != null) {
            return concat(concat(head, first, 0), rest, first.endLine - 1);
        }
        rest = segment(name, b, first.endPos, to, to, delim, head.ncols, first.endLine, Integer.MAX_VALUE, false,
                progress.slice(0.5, 1), cancellation);
        return concat(concat(head, first, 0), rest, 0);
    }

    private static Segment concat(Segment a, Segment c, int lineOffset) {
        if (c.rec == 0) {
            return new Segment(a.ncols, a.rec, a.st, a.en, a.lines, c.endPos, c.endLine + lineOffset);
        }
        int n = a.rec + c.rec;
        int[][] st = new int[a.ncols][];
        int[][] en = new int[a.ncols][];
        for (int k = 0; k < a.ncols; k++) {
            st[k] = Arrays.copyOf(a.st[k], n);
            System.arraycopy(c.st[k], 0, st[k], a.rec, c.rec);
            en[k] = Arrays.copyOf(a.en[k], n);
            System.arraycopy(c.en[k], 0, en[k], a.rec, c.rec);
        }
        int[] lines = Arrays.copyOf(a.lines, n);
        for (int i = 0; i < c.rec; i++) {
            lines[a.rec + i] = c.lines[i] + lineOffset;
        }
        return new Segment(a.ncols, n, st, en, lines, c.endPos, c.endLine + lineOffset);
    }

    /**
     * Scans records starting before {@code stopBefore} (and before {@code to}).
     *
     * @param ncols expected fields per record, or -1 to take them from the first record
     * @param line0 line number of {@code from}
     */
    private static Segment segment(String name, byte[] b, int from, int to, int stopBefore, byte delim, int ncols,
                                   int line0, int maxRecords, boolean partial, Progress progress,
                                   Cancellation cancellation) throws DataFormatException {
        int cap = 0;
        int[][] st = null;
        int[][] en = null;
        int[] lines = null;
        int[] fs = new int[64];
        int[] fe = new int[64];
        int line = line0;
        int pos = from;
        int rec = 0;
        int total = Math.max(1, to - from);
        while (pos < to && pos < stopBefore && rec < maxRecords) {
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
            } else if (nf != ncols) {
                boolean extraEmpty = nf > ncols;
                for (int i = ncols; i < nf && extraEmpty; i++) {
                    extraEmpty = fe[i] == fs[i];
                }
                if (!extraEmpty) {
                    throw new DataFormatException(recLine, null, null, "data.error.ragged", recLine, nf, ncols);
                }
            }
            if (st == null) {
                long est = Math.max(16, (long) ((double) total / Math.max(1, pos - from) * 1.1) + 16);
                cap = (int) Math.min(est, Math.min(maxRecords, Integer.MAX_VALUE - 16));
                st = new int[ncols][cap];
                en = new int[ncols][cap];
                lines = new int[cap];
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
        if (st == null && ncols >= 0) {
            st = new int[ncols][0];
            en = new int[ncols][0];
            lines = new int[0];
        }
        return new Segment(ncols, rec, st, en, lines, pos, line);
    }
}
