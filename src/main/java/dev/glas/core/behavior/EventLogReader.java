package dev.glas.core.behavior;

import dev.glas.core.data.DataFormatException;
import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * Reads event logs into {@link EventLog}s: a streaming CSV reader straight into primitive arrays (millions of
 * rows without a table in memory; RFC 4180 quotes, {@code , ; TAB |} delimiters, UTF-8), and a converter from an
 * already imported {@link Dataset} (XLSX, JSON lines, anything the importer reads).
 * Rows with an empty user id or an empty/unparsable timestamp are skipped and counted; an empty event name
 * becomes the event type {@code ""}. User ids written as floats ({@code 17850.0}) are normalized to {@code 17850}.
 */
public final class EventLogReader {

    private static final int BUFFER = 1 << 20;

    private EventLogReader() {
    }

    /** Header and the first {@code maxRows} records of a delimited file (for mapping guesses). */
    public record Head(char delimiter, List<String> columns, List<List<String>> rows) {
    }

    public static Head head(Path file, int maxRows) throws IOException, DataFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            Scanner sc = new Scanner(in, (char) 0);
            if (!sc.next()) {
                throw new DataFormatException("behavior.error.empty", file.getFileName().toString());
            }
            List<String> header = sc.all();
            List<List<String>> rows = new ArrayList<>();
            while (rows.size() < maxRows && sc.next()) {
                rows.add(sc.all());
            }
            return new Head(sc.delimiter, header, rows);
        }
    }

    /** Streams a delimited text file (header row required). */
    public static EventLog readCsv(Path file, ColumnMapping m, Progress progress, Cancellation cancellation)
            throws IOException, DataFormatException {
        long total = Math.max(1, Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            Scanner sc = new Scanner(in, (char) 0);
            if (!sc.next()) {
                throw new DataFormatException("behavior.error.empty", file.getFileName().toString());
            }
            List<String> header = sc.all();
            int cu = index(header, m.user());
            int ct = index(header, m.time());
            int ce = index(header, m.event());
            int cs = m.session() != null ? index(header, m.session()) : -1;
            int cmk = m.deviceMaker() != null ? index(header, m.deviceMaker()) : -1;
            int cmd = m.deviceModel() != null ? index(header, m.deviceModel()) : -1;
            int cos = m.os() != null ? index(header, m.os()) : -1;
            EventLog.Builder b = new EventLog.Builder(m);
            ZoneRules rules = m.zone().getRules();
            TimeFormat tf = m.timeFormat();
            int row = -1;
            byte[] userTmp = new byte[64];
            while (sc.next()) {
                row++;
                if ((row & 0xFFFF) == 0) {
                    cancellation.check();
                    progress.report(Math.min(1.0, sc.consumed / (double) total), "behavior.task.reading", row);
                }
                if (sc.count == 1 && sc.ends[0] == sc.starts[0]) {
                    continue; // blank line
                }
                int uLen = sc.field(cu);
                if (uLen <= 0) {
                    b.skipped++;
                    continue;
                }
                if (userTmp.length < uLen) {
                    userTmp = new byte[uLen * 2];
                }
                System.arraycopy(sc.fieldBuf, sc.fieldOff, userTmp, 0, uLen);
                uLen = normalizeId(userTmp, 0, uLen);
                int tLen = sc.field(ct);
                long t = tLen <= 0 ? TimeFormat.INVALID : tf.parse(sc.fieldBuf, sc.fieldOff, tLen, rules);
                if (t == TimeFormat.INVALID) {
                    b.skipped++;
                    continue;
                }
                int userCode = b.users.code(userTmp, 0, uLen);
                int i = b.add();
                b.user[i] = userCode;
                b.time[i] = t;
                b.sourceRow[i] = row;
                b.event[i] = code(sc, ce, b.events);
                if (cs >= 0) {
                    b.session[i] = code(sc, cs, b.sessions);
                }
                if (cmk >= 0) {
                    b.maker[i] = code(sc, cmk, b.makers);
                }
                if (cmd >= 0) {
                    b.model[i] = code(sc, cmd, b.models);
                }
                if (cos >= 0) {
                    b.os[i] = code(sc, cos, b.oses);
                }
            }
            if (b.n == 0) {
                throw new DataFormatException("behavior.error.no.events", m.user(), m.time());
            }
            progress.report(1, "behavior.task.reading", row + 1);
            return b.build();
        }
    }

    private static int code(Scanner sc, int col, Dictionary d) {
        int len = sc.field(col);
        return len < 0 ? d.code(sc.fieldBuf, 0, 0) : d.code(sc.fieldBuf, sc.fieldOff, len);
    }

    private static int index(List<String> header, String name) throws DataFormatException {
        int i = header.indexOf(name);
        if (i < 0) {
            for (int k = 0; k < header.size(); k++) {
                if (header.get(k).trim().equalsIgnoreCase(name.trim())) {
                    return k;
                }
            }
            throw new DataFormatException("behavior.error.column", name, String.join(", ", header));
        }
        return i;
    }

    /** "17850.0" → "17850" (ids exported as floats); trims spaces. Returns the new length. */
    static int normalizeId(byte[] b, int off, int len) {
        while (len > 0 && b[off + len - 1] == ' ') {
            len--;
        }
        int dot = -1;
        for (int i = 0; i < len; i++) {
            byte c = b[off + i];
            if (c == '.') {
                if (dot >= 0) {
                    return len;
                }
                dot = i;
            } else if (c < '0' || c > '9') {
                return len;
            }
        }
        if (dot <= 0) {
            return len;
        }
        for (int i = dot + 1; i < len; i++) {
            if (b[off + i] != '0') {
                return len;
            }
        }
        return dot;
    }

    static String normalizeId(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int len = normalizeId(b, 0, b.length);
        return new String(b, 0, len, StandardCharsets.UTF_8).trim();
    }

    /** Converts an imported dataset (any format the importer reads). */
    public static EventLog fromDataset(Dataset ds, ColumnMapping m, Progress progress, Cancellation cancellation)
            throws DataFormatException {
        Column<?> cu = column(ds, m.user());
        Column<?> ct = column(ds, m.time());
        Column<?> ce = column(ds, m.event());
        Column<?> cs = m.session() != null ? column(ds, m.session()) : null;
        Column<?> cmk = m.deviceMaker() != null ? column(ds, m.deviceMaker()) : null;
        Column<?> cmd = m.deviceModel() != null ? column(ds, m.deviceModel()) : null;
        Column<?> cos = m.os() != null ? column(ds, m.os()) : null;
        EventLog.Builder b = new EventLog.Builder(m);
        ZoneRules rules = m.zone().getRules();
        int rows = ds.rowCount();
        // cell text → code caches: columns of an imported table repeat few distinct strings
        java.util.HashMap<String, Integer> userCodes = new java.util.HashMap<>();
        java.util.HashMap<String, Integer> eventCodes = new java.util.HashMap<>();
        java.util.HashMap<String, Integer> sessionCodes = new java.util.HashMap<>();
        java.util.HashMap<String, Integer> makerCodes = new java.util.HashMap<>();
        java.util.HashMap<String, Integer> modelCodes = new java.util.HashMap<>();
        java.util.HashMap<String, Integer> osCodes = new java.util.HashMap<>();
        for (int r = 0; r < rows; r++) {
            if ((r & 0xFFFF) == 0) {
                cancellation.check();
                progress.report(r / (double) Math.max(1, rows), "behavior.task.reading", r);
            }
            String u = text(cu, r);
            if (u.isEmpty()) {
                b.skipped++;
                continue;
            }
            long t = time(ct, r, m, rules);
            if (t == TimeFormat.INVALID) {
                b.skipped++;
                continue;
            }
            int i = b.add();
            b.user[i] = cached(userCodes, u, b.users, true);
            b.time[i] = t;
            b.sourceRow[i] = r;
            b.event[i] = cached(eventCodes, text(ce, r), b.events, false);
            if (cs != null) {
                b.session[i] = cached(sessionCodes, text(cs, r), b.sessions, false);
            }
            if (cmk != null) {
                b.maker[i] = cached(makerCodes, text(cmk, r), b.makers, false);
            }
            if (cmd != null) {
                b.model[i] = cached(modelCodes, text(cmd, r), b.models, false);
            }
            if (cos != null) {
                b.os[i] = cached(osCodes, text(cos, r), b.oses, false);
            }
        }
        if (b.n == 0) {
            throw new DataFormatException("behavior.error.no.events", m.user(), m.time());
        }
        return b.build();
    }

    private static int cached(java.util.HashMap<String, Integer> cache, String value, Dictionary d, boolean id) {
        Integer c = cache.get(value);
        if (c == null) {
            c = d.code(id ? normalizeId(value) : value);
            cache.put(value, c);
        }
        return c;
    }

    private static Column<?> column(Dataset ds, String name) throws DataFormatException {
        if (!ds.columnNames().contains(name)) {
            throw new DataFormatException("behavior.error.column", name, String.join(", ", ds.columnNames()));
        }
        return ds.column(name);
    }

    /** Text of a cell; numbers that are whole are written without a fraction; missing → "". */
    static String text(Column<?> c, int r) {
        if (c.isMissing(r)) {
            return "";
        }
        if (c instanceof NumericColumn<?> nc) {
            double v = nc.getDouble(r);
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return Double.toString(v);
        }
        return c.getString(r).trim();
    }

    private static long time(Column<?> c, int r, ColumnMapping m, ZoneRules rules) {
        if (c.isMissing(r)) {
            return TimeFormat.INVALID;
        }
        if (c instanceof DateTimeColumn dc) {
            LocalDateTime dt = dc.get(r);
            return dt.toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        if (c instanceof InstantColumn ic) {
            java.time.Instant in = ic.get(r);
            return in.toEpochMilli() + rules.getOffset(in).getTotalSeconds() * 1000L;
        }
        if (c instanceof tech.tablesaw.api.DateColumn dc) {
            return dc.get(r).toEpochDay() * 86_400_000L;
        }
        return m.timeFormat().parse(text(c, r), m.zone());
    }

    /**
     * A minimal RFC 4180 record scanner over a refillable byte buffer. After {@link #next()}, fields
     * {@code [starts[i], ends[i])} of {@link #buf} hold the record (quotes included); {@link #field(int)}
     * resolves one field, unescaping quotes into a side buffer when needed.
     */
    static final class Scanner {
        private final InputStream in;
        byte[] buf = new byte[BUFFER];
        private int limit;
        private int pos;
        private boolean eof;
        char delimiter;
        int count;
        int[] starts = new int[64];
        int[] ends = new int[64];
        boolean[] quoted = new boolean[64];
        long consumed;
        byte[] fieldBuf;
        int fieldOff;
        private byte[] unescape = new byte[256];

        Scanner(InputStream in, char delimiter) throws IOException {
            this.in = in;
            fill();
            if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                pos = 3;
            }
            this.delimiter = delimiter != 0 ? delimiter : sniff();
        }

        private char sniff() {
            int end = pos;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            char best = ',';
            int bestCount = -1;
            for (char c : new char[] {',', ';', '\t', '|'}) {
                int k = 0;
                for (int i = pos; i < end; i++) {
                    if (buf[i] == c) {
                        k++;
                    }
                }
                if (k > bestCount) {
                    best = c;
                    bestCount = k;
                }
            }
            return best;
        }

        private void fill() throws IOException {
            while (limit < buf.length && !eof) {
                int r = in.read(buf, limit, buf.length - limit);
                if (r < 0) {
                    eof = true;
                } else {
                    limit += r;
                }
            }
        }

        /** Advances to the next record; false at end of input. */
        boolean next() throws IOException {
            while (true) {
                if (pos >= limit && eof) {
                    return false;
                }
                int r = scan();
                if (r >= 0) {
                    consumed += r - pos;
                    pos = r;
                    return true;
                }
                // record incomplete: compact and refill (grow if the record fills the buffer)
                if (eof) {
                    // unterminated last line without newline is handled by scan(); here a dangling quote
                    consumed += limit - pos;
                    pos = limit;
                    return false;
                }
                if (pos == 0) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                } else {
                    System.arraycopy(buf, pos, buf, 0, limit - pos);
                    limit -= pos;
                    pos = 0;
                }
                fill();
            }
        }

        /** Scans one record from pos; returns the position after it, or -1 when more input is needed. */
        private int scan() {
            int p = pos;
            int n = 0;
            byte d = (byte) delimiter;
            while (true) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                    quoted = Arrays.copyOf(quoted, n * 2);
                }
                if (p < limit && buf[p] == '"') {
                    int q = p + 1;
                    boolean escaped = false;
                    while (true) {
                        if (q >= limit) {
                            if (!eof) {
                                return -1;
                            }
                            break;
                        }
                        if (buf[q] == '"') {
                            if (q + 1 < limit && buf[q + 1] == '"') {
                                escaped = true;
                                q += 2;
                                continue;
                            }
                            if (q + 1 >= limit && !eof) {
                                return -1;
                            }
                            break;
                        }
                        q++;
                    }
                    starts[n] = p + 1;
                    ends[n] = Math.min(q, limit);
                    quoted[n] = escaped;
                    p = q + 1;
                    // skip anything up to the delimiter / line end
                    while (p < limit && buf[p] != d && buf[p] != '\n') {
                        p++;
                    }
                } else {
                    int q = p;
                    while (q < limit && buf[q] != d && buf[q] != '\n') {
                        q++;
                    }
                    starts[n] = p;
                    int e = q;
                    if (e > p && buf[e - 1] == '\r' && (q >= limit || buf[q] == '\n')) {
                        e--;
                    }
                    ends[n] = e;
                    quoted[n] = false;
                    p = q;
                }
                n++;
                if (p >= limit) {
                    if (!eof) {
                        return -1;
                    }
                    count = n;
                    return limit;
                }
                if (buf[p] == '\n') {
                    count = n;
                    return p + 1;
                }
                p++; // delimiter
                if (p >= limit && !eof) {
                    return -1;
                }
                if (p >= limit) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                        ends = Arrays.copyOf(ends, n * 2);
                        quoted = Arrays.copyOf(quoted, n * 2);
                    }
                    starts[n] = p;
                    ends[n] = p;
                    quoted[n] = false;
                    count = n + 1;
                    return limit;
                }
            }
        }

        /** Resolves field i into (fieldBuf, fieldOff) and returns its length, or -1 when the record is short. */
        int field(int i) {
            if (i >= count) {
                fieldBuf = buf;
                fieldOff = 0;
                return -1;
            }
            int s = starts[i];
            int e = ends[i];
            if (!quoted[i]) {
                while (s < e && buf[s] == ' ') {
                    s++;
                }
                while (e > s && buf[e - 1] == ' ') {
                    e--;
                }
                fieldBuf = buf;
                fieldOff = s;
                return e - s;
            }
            if (unescape.length < e - s) {
                unescape = new byte[(e - s) * 2];
            }
            int k = 0;
            for (int j = s; j < e; j++) {
                unescape[k++] = buf[j];
                if (buf[j] == '"' && j + 1 < e && buf[j + 1] == '"') {
                    j++;
                }
            }
            while (k > 0 && unescape[k - 1] == ' ') {
                k--;
            }
            int st = 0;
            while (st < k && unescape[st] == ' ') {
                st++;
            }
            fieldBuf = unescape;
            fieldOff = st;
            return k - st;
        }

        List<String> all() {
            List<String> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int len = field(i);
                out.add(new String(fieldBuf, fieldOff, len, StandardCharsets.UTF_8));
            }
            return out;
        }
    }
}
