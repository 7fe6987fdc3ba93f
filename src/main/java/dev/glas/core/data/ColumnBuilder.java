package dev.glas.core.data;

import dev.glas.core.task.Cancellation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.times.PackedLocalTime;

/**
 * Turns one raw column into a typed Tablesaw column, inferring its {@link ColumnType} unless the analyst
 * chose one. Inference, in order: numbers (integers when all are written as integers; blank cells and
 * NA/N/A/NaN/null/None/#N/A are missing, so Telco's {@code " "} leaves {@code TotalCharges} numeric),
 * dates/date-times, then text. Text with two values of one yes/no family (yes/no, true/false, да/нет, y/n,
 * t/f) is boolean; integers that are only 0 and 1 (both present, name not a count) are boolean. Integer
 * columns named like keys (…ID, …_id, код, номер) are identifiers. Other text: categorical when it has few
 * distinct values (≤ 50, or ≤ 1000 and ≤ 5% of rows), free text when most values contain spaces,
 * identifier otherwise (codes, invoice numbers) or when named like a key.
 */
final class ColumnBuilder {

    record Built(Column<?> column, ColumnType type) {
    }

    private static final Pattern ID_NAME = Pattern.compile(
            "(?i)^(id|key|код|номер|инн|ид)$|(?i)(^id[_ .-]|[_ .-]id$|_key$|^код[_ ]|^номер[_ ]|[_ ]код$)"
                    + "|[a-zа-я](ID|Id)$");
    private static final Pattern COUNT_NAME = Pattern.compile(
            "(?iu)(count|cnt|num|qty|quant|number|amount|sum|total|кол|числ|сумм|кол-во)");
    private static final String[][] BOOL_FAMILIES = {
        {"yes", "no"}, {"true", "false"}, {"да", "нет"}, {"y", "n"}, {"t", "f"}, {"д", "н"}, {"1", "0"}};

    private final RawColumns raw;
    private final int col;
    private final int first;
    private final int n;
    private final String name;
    private final ValueParser parser;
    private final Cancellation cancellation;

    private ColumnBuilder(RawColumns raw, int col, int first, String name, boolean decimalComma,
                          Cancellation cancellation) {
        this.raw = raw;
        this.col = col;
        this.first = first;
        this.n = raw.rows - first;
        this.name = name;
        this.parser = new ValueParser(decimalComma);
        this.cancellation = cancellation;
    }

    static Built build(RawColumns raw, int col, int first, String name, boolean decimalComma, ColumnType override,
                       Cancellation cancellation) throws DataFormatException {
        return new ColumnBuilder(raw, col, first, name, decimalComma, cancellation).build(override);
    }

    static boolean looksLikeId(String name) {
        return ID_NAME.matcher(name.trim()).find();
    }

    private boolean missing(int r) {
        int s = raw.start(col, r);
        int e = raw.end(col, r);
        return raw.blank(col, r) || ValueParser.isMissingToken(raw.buf, s, e);
    }

    private DataFormatException cellError(int r, ColumnType type) {
        String text = raw.text(col, r);
        if (text.length() > 60) {
            text = text.substring(0, 57) + "…";
        }
        return new DataFormatException(raw.lines[r], name, null, "data.error.cell", raw.lines[r], name, text,
                dev.glas.core.i18n.Messages.get(type.messageKey()).toLowerCase(Locale.ROOT));
    }

    private Built build(ColumnType override) throws DataFormatException {
        if (override == null || override.isNumeric() || override == ColumnType.BOOLEAN && numericBool()) {
            Built b = numbers(override);
            if (b != null) {
                return b;
            }
        }
        if (override == null || override.isTemporal()) {
            Built b = temporal(override);
            if (b != null) {
                return b;
            }
        }
        return strings(override);
    }

    /** Whether all non-missing cells are 0 or 1 (so a boolean override reads them as numbers). */
    private boolean numericBool() {
        for (int r = first; r < raw.rows; r++) {
            if (!missing(r) && !(parser.number(raw.buf, raw.start(col, r), raw.end(col, r)) && parser.integral
                    && (parser.longValue == 0 || parser.longValue == 1))) {
                return false;
            }
        }
        return true;
    }

    // ---- numbers

    private Built numbers(ColumnType override) throws DataFormatException {
        double[] v = new double[n];
        long[] longs = new long[n];
        boolean integralSyntax = true;
        boolean intValued = true;
        boolean intRange = true;
        boolean only01 = true;
        boolean seen0 = false;
        boolean seen1 = false;
        int present = 0;
        for (int i = 0; i < n; i++) {
            int r = first + i;
            if ((i & 0xFFFF) == 0) {
                cancellation.check();
            }
            if (!parser.number(raw.buf, raw.starts[col][r], raw.end(col, r))) {
                if (missing(r)) {
                    v[i] = Double.NaN;
                    longs[i] = Long.MIN_VALUE;
                    continue;
                }
                if (override != null) {
                    throw cellError(r, override);
                }
                return null;
            }
            present++;
            double x = parser.value;
            v[i] = x;
            if (parser.integral) {
                long l = parser.longValue;
                longs[i] = l;
                if (l < Integer.MIN_VALUE + 1 || l > Integer.MAX_VALUE) {
                    intRange = false;
                }
                if (l == 0) {
                    seen0 = true;
                } else if (l == 1) {
                    seen1 = true;
                } else {
                    only01 = false;
                }
            } else {
                integralSyntax = false;
                only01 = false;
                if (x != Math.rint(x) || Math.abs(x) > 9.0e15) {
                    intValued = false;
                } else {
                    longs[i] = (long) x;
                }
            }
        }
        if (present == 0 && override == null) {
            return null;
        }
        ColumnType type = override;
        if (type == null) {
            if (intValued && looksLikeId(name)) {
                type = ColumnType.IDENTIFIER;
            } else if (integralSyntax && only01 && seen0 && seen1 && !COUNT_NAME.matcher(name).find()) {
                type = ColumnType.BOOLEAN;
            } else {
                type = integralSyntax ? ColumnType.INTEGER : ColumnType.NUMERIC;
            }
        }
        switch (type) {
            case NUMERIC -> {
                return new Built(DoubleColumn.create(name, v), type);
            }
            case INTEGER -> {
                if (!intValued) {
                    for (int i = 0; i < n; i++) {
                        if (!Double.isNaN(v[i]) && v[i] != Math.rint(v[i])) {
                            throw cellError(first + i, type);
                        }
                    }
                }
                if (intRange) {
                    int[] ints = new int[n];
                    for (int i = 0; i < n; i++) {
                        ints[i] = Double.isNaN(v[i]) ? Integer.MIN_VALUE : (int) longs[i];
                    }
                    return new Built(IntColumn.create(name, ints), type);
                }
                return new Built(LongColumn.create(name, longs), type);
            }
            case BOOLEAN -> {
                BooleanColumn bc = BooleanColumn.create(name);
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(v[i])) {
                        bc.appendMissing();
                    } else {
                        bc.append(v[i] != 0);
                    }
                }
                return new Built(bc, type);
            }
            default -> {
                // identifier written as (integral) numbers: keep the integer text ("17850.0" → "17850")
                if (!intValued) {
                    return stringsOf(override);
                }
                it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap ids = new it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap();
                ids.defaultReturnValue(-1);
                int[] codes = new int[n];
                int[] counts = new int[16];
                long[] keys = new long[16];
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(v[i])) {
                        codes[i] = -1;
                        continue;
                    }
                    int id = ids.get(longs[i]);
                    if (id < 0) {
                        id = ids.size();
                        ids.put(longs[i], id);
                        if (id == keys.length) {
                            keys = Arrays.copyOf(keys, id * 2);
                            counts = Arrays.copyOf(counts, id * 2);
                        }
                        keys[id] = longs[i];
                    }
                    counts[id]++;
                    codes[i] = id;
                }
                String[] values = new String[ids.size()];
                for (int id = 0; id < values.length; id++) {
                    values[id] = Long.toString(keys[id]);
                }
                return new Built(StringColumns.create(name, values, Arrays.copyOf(counts, values.length), codes),
                        type);
            }
        }
    }

    // ---- dates

    private Built temporal(ColumnType override) throws DataFormatException {
        int[] dates = new int[n];
        int[] times = new int[n];
        boolean anyTime = false;
        int present = 0;
        for (int i = 0; i < n; i++) {
            int r = first + i;
            if ((i & 0xFFFF) == 0) {
                cancellation.check();
            }
            if (!parser.temporal(raw.buf, raw.starts[col][r], raw.end(col, r))) {
                if (missing(r)) {
                    dates[i] = Integer.MIN_VALUE;
                    continue;
                }
                if (override != null) {
                    throw cellError(r, override);
                }
                return null;
            }
            present++;
            dates[i] = PackedLocalDate.pack(parser.year, parser.month, parser.day);
            if (parser.hasTime) {
                anyTime = true;
                times[i] = PackedLocalTime.of(parser.hour, parser.minute, parser.second, parser.nano / 1_000_000);
            }
        }
        if (present == 0 && override == null) {
            return null;
        }
        ColumnType type = override != null ? override : anyTime ? ColumnType.DATETIME : ColumnType.DATE;
        if (type == ColumnType.DATE) {
            return new Built(DateColumn.createInternal(name, dates), type);
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = dates[i] == Integer.MIN_VALUE ? Long.MIN_VALUE
                    : ((long) dates[i] << 32) | (times[i] & 0xFFFFFFFFL);
        }
        return new Built(DateTimeColumn.createInternal(name, packed), type);
    }

    // ---- text

    private Built stringsOf(ColumnType override) throws DataFormatException {
        return strings(override);
    }

    private Built strings(ColumnType override) throws DataFormatException {
        int[] codes = new int[n];
        int size = Integer.highestOneBit(Math.max(16, Math.min(n, 1 << 16)) * 2);
        int[] table = new int[size];
        int[] idStart = new int[64];
        int[] idEnd = new int[64];
        int[] idHash = new int[64];
        int[] idCount = new int[64];
        int ids = 0;
        byte[] b = raw.buf;
        int present = 0;
        for (int i = 0; i < n; i++) {
            int r = first + i;
            if ((i & 0xFFFF) == 0) {
                cancellation.check();
            }
            if (raw.blank(col, r)) {
                codes[i] = -1;
                continue;
            }
            present++;
            int s = raw.starts[col][r];
            int rawEnd = raw.ends[col][r];
            int e = rawEnd < 0 ? ~rawEnd : rawEnd;
            int h = rawEnd < 0 ? 7 : 0;
            for (int k = s; k < e; k++) {
                h = 31 * h + b[k];
            }
            h ^= h >>> 16;
            int mask = table.length - 1;
            int slot = h & mask;
            int id;
            while (true) {
                int t = table[slot];
                if (t == 0) {
                    id = ids++;
                    if (id == idStart.length) {
                        int cap = id * 2;
                        idStart = Arrays.copyOf(idStart, cap);
                        idEnd = Arrays.copyOf(idEnd, cap);
                        idHash = Arrays.copyOf(idHash, cap);
                        idCount = Arrays.copyOf(idCount, cap);
                    }
                    idStart[id] = s;
                    idEnd[id] = rawEnd;
                    idHash[id] = h;
                    table[slot] = id + 1;
                    if (ids * 2 > table.length) {
                        table = rehash(table, ids, idHash);
                    }
                    break;
                }
                int cand = t - 1;
                if (idHash[cand] == h && sameBytes(b, idStart[cand], idEnd[cand], s, rawEnd)) {
                    id = cand;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            idCount[id]++;
            codes[i] = id;
        }
        String[] values = new String[ids];
        for (int id = 0; id < ids; id++) {
            values[id] = RawColumns.decode(b, idStart[id], idEnd[id], raw.charset);
            if (raw.charset == StandardCharsets.UTF_8 && values[id].indexOf('\uFFFD') >= 0
                    && !containsReplacementBytes(b, idStart[id], idEnd[id])) {
                for (int i = 0; i < n; i++) {
                    if (codes[i] == id) {
                        int r = first + i;
                        throw new DataFormatException(raw.lines[r], name, null, "data.error.encoding.cell",
                                raw.lines[r], name);
                    }
                }
            }
        }
        ColumnType type = override;
        byte[] boolOf = null;
        if (type == null || type == ColumnType.BOOLEAN) {
            boolOf = booleanMapping(values, type == ColumnType.BOOLEAN);
            if (boolOf != null) {
                type = ColumnType.BOOLEAN;
            }
        }
        if (type == ColumnType.BOOLEAN) {
            if (boolOf == null) {
                boolOf = booleanMapping(values, true);
            }
            if (boolOf == null) {
                throw new IllegalStateException();
            }
            for (int id = 0; id < ids; id++) {
                if (boolOf[id] == 2) {
                    for (int i = 0; i < n; i++) {
                        if (codes[i] == id) {
                            throw cellError(first + i, ColumnType.BOOLEAN);
                        }
                    }
                }
            }
            BooleanColumn bc = BooleanColumn.create(name);
            for (int i = 0; i < n; i++) {
                int c = codes[i];
                if (c < 0 || boolOf[c] < 0) {
                    bc.appendMissing();
                } else {
                    bc.append(boolOf[c] == 1);
                }
            }
            return new Built(bc, type);
        }
        if (type == null) {
            type = classify(values, idCount, present);
        }
        return new Built(StringColumns.create(name, values, Arrays.copyOf(idCount, ids), codes), type);
    }

    private static boolean containsReplacementBytes(byte[] b, int s, int rawEnd) {
        int e = rawEnd < 0 ? ~rawEnd : rawEnd;
        for (int i = s; i + 2 < e; i++) {
            if ((b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) == 0xBD) {
                return true;
            }
        }
        return false;
    }

    private static int[] rehash(int[] old, int ids, int[] idHash) {
        int[] table = new int[old.length * 2];
        int mask = table.length - 1;
        for (int id = 0; id < ids; id++) {
            int slot = idHash[id] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
        return table;
    }

    private static boolean sameBytes(byte[] b, int s1, int raw1, int s2, int raw2) {
        if ((raw1 < 0) != (raw2 < 0)) {
            return false;
        }
        int e1 = raw1 < 0 ? ~raw1 : raw1;
        int e2 = raw2 < 0 ? ~raw2 : raw2;
        return Arrays.equals(b, s1, e1, b, s2, e2);
    }

    /**
     * For each distinct value: 1 true, 0 false, -1 missing token, 2 not boolean. {@code null} when the values
     * are not a boolean column (needs one family, both values for single letters and 0/1) unless forced.
     */
    private static byte[] booleanMapping(String[] values, boolean forced) {
        byte[] out = new byte[values.length];
        int family = -1;
        boolean seenTrue = false;
        boolean seenFalse = false;
        boolean mixed = false;
        for (int id = 0; id < values.length; id++) {
            String v = values[id].trim().toLowerCase(Locale.ROOT);
            byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
            if (ValueParser.isMissingToken(bytes, 0, bytes.length)) {
                out[id] = -1;
                continue;
            }
            int f = -1;
            boolean t = false;
            for (int k = 0; k < BOOL_FAMILIES.length && f < 0; k++) {
                if (BOOL_FAMILIES[k][0].equals(v)) {
                    f = k;
                    t = true;
                } else if (BOOL_FAMILIES[k][1].equals(v)) {
                    f = k;
                }
            }
            if (f < 0) {
                if (!forced) {
                    return null;
                }
                out[id] = 2;
                continue;
            }
            if (family >= 0 && family != f) {
                mixed = true;
            }
            family = f;
            out[id] = (byte) (t ? 1 : 0);
            seenTrue |= t;
            seenFalse |= !t;
        }
        if (forced) {
            return out;
        }
        if (family < 0 || mixed) {
            return null;
        }
        boolean wordy = family <= 2;
        return wordy || (seenTrue && seenFalse) ? out : null;
    }

    private ColumnType classify(String[] values, int[] counts, int present) {
        int d = values.length;
        if (d == 0) {
            return ColumnType.CATEGORICAL;
        }
        if (looksLikeId(name) && (d > 20 || d == present)) {
            return ColumnType.IDENTIFIER;
        }
        if (d <= 50 || (d <= 1000 && d <= 0.05 * present)) {
            return ColumnType.CATEGORICAL;
        }
        int spaces = 0;
        for (String v : values) {
            if (v.trim().indexOf(' ') >= 0) {
                spaces++;
            }
        }
        return spaces * 2 >= d ? ColumnType.TEXT : ColumnType.IDENTIFIER;
    }
}
