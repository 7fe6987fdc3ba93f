package dev.glas.core.data;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Guesses how a delimited text file is written: encoding (UTF-8 with or without BOM, UTF-16 with BOM,
 * windows-1251), delimiter ({@code , ; tab |}, honouring quotes), whether numbers use a decimal comma, and
 * whether the first row is a header.
 */
final class TextSniffer {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final byte[] DELIMITERS = {',', ';', '\t', '|'};

    private TextSniffer() {
    }

    /** Length of a byte-order mark at the start, 0 when none. */
    static int bomLength(byte[] b, int len) {
        if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (len >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    /**
     * The encoding of the text in {@code b[0, len)}.
     *
     * @param prefix whether the bytes are only the beginning of the file (a multi-byte character may be cut)
     */
    static Charset encoding(byte[] b, int len, boolean prefix) throws DataFormatException {
        if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int control = 0;
        for (int i = 0; i < len; i++) {
            int x = b[i] & 0xFF;
            if (x == 0) {
                throw new DataFormatException(-1, null, null, "data.error.binary", i);
            }
            if (x < 0x20 && x != '\t' && x != '\n' && x != '\r' && x != 0x0C && x != 0x1A) {
                control++;
            }
        }
        if (control > 8 && control > len / 1000) {
            throw new DataFormatException(-1, null, null, "data.error.binary", 0);
        }
        int bad = firstInvalidUtf8(b, 0, len, prefix);
        if (bad < 0) {
            return StandardCharsets.UTF_8;
        }
        if (looksLikeWindows1251(b, len)) {
            return WINDOWS_1251;
        }
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        throw new DataFormatException(line, null, null, "data.error.encoding", line);
    }

    /** Index of the first byte that breaks UTF-8, or -1 when valid. */
    static int firstInvalidUtf8(byte[] b, int from, int to, boolean prefix) {
        int i = from;
        while (i < to) {
            // ASCII fast path, 8 bytes at a time
            while (i + 8 <= to && ((b[i] | b[i + 1] | b[i + 2] | b[i + 3] | b[i + 4] | b[i + 5] | b[i + 6]
                    | b[i + 7]) & 0x80) == 0) {
                i += 8;
            }
            if (i >= to) {
                break;
            }
            int x = b[i] & 0xFF;
            if (x < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (x >= 0xC2 && x <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (x >= 0xE0 && x <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (x >= 0xF0 && x <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return i;
            }
            int cp = x & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                if (i + k >= to) {
                    return prefix ? -1 : i;
                }
                int y = b[i + k] & 0xFF;
                if ((y & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (y & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += n + 1;
        }
        return -1;
    }

    /**
     * windows-1251 Russian text: nearly all bytes above 0x7F are Cyrillic letters (0xC0–0xFF, Ё/ё) or common
     * punctuation (« » – — № NBSP), and Cyrillic letters rarely touch Latin letters inside a word.
     */
    static boolean looksLikeWindows1251(byte[] b, int len) {
        int high = 0;
        int letters = 0;
        int mixed = 0;
        int lower = 0;
        for (int i = 0; i < len; i++) {
            int x = b[i] & 0xFF;
            if (x < 0x80) {
                continue;
            }
            high++;
            boolean letter = x >= 0xC0 || x == 0xA8 || x == 0xB8;
            boolean punct = x == 0xAB || x == 0xBB || x == 0x96 || x == 0x97 || x == 0xB9 || x == 0xA0
                    || x == 0x85 || x == 0x93 || x == 0x94 || x == 0xB0 || x == 0x92;
            if (letter) {
                letters++;
                if (x >= 0xE0 || x == 0xB8) {
                    lower++;
                }
                if (i > 0 && isAsciiLetter(b[i - 1]) || i + 1 < len && isAsciiLetter(b[i + 1])) {
                    mixed++;
                }
            } else if (!punct) {
                mixed++;
            }
        }
        return high > 0 && letters >= 0.8 * high && mixed <= 0.1 * high && lower >= 0.2 * letters;
    }

    private static boolean isAsciiLetter(byte x) {
        return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
    }

    /** The delimiter whose records most consistently have the same number (≥ 2) of fields. */
    static byte delimiter(byte[] b, int from, int to) {
        byte best = ',';
        double bestScore = 0;
        for (byte d : DELIMITERS) {
            Map<Integer, Integer> freq = new HashMap<>();
            int records = countFields(b, from, to, d, freq);
            if (records == 0) {
                continue;
            }
            int mode = 1;
            int modeCount = 0;
            for (Map.Entry<Integer, Integer> e : freq.entrySet()) {
                if (e.getValue() > modeCount || e.getValue() == modeCount && e.getKey() > mode) {
                    mode = e.getKey();
                    modeCount = e.getValue();
                }
            }
            if (mode < 2) {
                continue;
            }
            double score = (double) modeCount / records + Math.min(mode, 50) * 1e-3;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    /** Counts fields per record of the first ≤ 200 records (quote-aware); returns the number of records. */
    private static int countFields(byte[] b, int from, int to, byte d, Map<Integer, Integer> freq) {
        int pos = from;
        int records = 0;
        int fields = 1;
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean lineHasContent = false;
        while (pos < to && records < 200) {
            byte x = b[pos++];
            if (inQuotes) {
                if (x == '"') {
                    if (pos < to && b[pos] == '"') {
                        pos++;
                    } else {
                        inQuotes = false;
                    }
                }
                continue;
            }
            if (x == '"' && fieldStart) {
                inQuotes = true;
                fieldStart = false;
                lineHasContent = true;
            } else if (x == d) {
                fields++;
                fieldStart = true;
                lineHasContent = true;
            } else if (x == '\n' || x == '\r') {
                if (lineHasContent) {
                    freq.merge(fields, 1, Integer::sum);
                    records++;
                }
                fields = 1;
                fieldStart = true;
                lineHasContent = false;
            } else {
                fieldStart = false;
                lineHasContent = true;
            }
        }
        if (pos >= to && lineHasContent && !inQuotes && records < 200) {
            freq.merge(fields, 1, Integer::sum);
            records++;
        }
        return records;
    }

    /** Whether cells of the sample use a decimal comma ("3,14") rather than a decimal point. */
    static boolean decimalComma(RawColumns raw, int firstRow) {
        int comma = 0;
        int point = 0;
        for (int c = 0; c < raw.columns(); c++) {
            for (int r = firstRow; r < raw.rows; r++) {
                int kind = numberKind(raw.buf, raw.start(c, r), raw.end(c, r));
                if (kind == 1) {
                    point++;
                } else if (kind == 2) {
                    comma++;
                }
            }
        }
        return comma > 0 && comma >= point;
    }

    /** 0 = not a decimal number, 1 = with a decimal point, 2 = with a decimal comma. */
    private static int numberKind(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        if (s < e && (b[s] == '-' || b[s] == '+')) {
            s++;
        }
        int digitsBefore = 0;
        int i = s;
        while (i < e && (isDigit(b[i]) || (digitsBefore > 0 && (b[i] == ' ' || (b[i] & 0xFF) == 0xA0
                || ((b[i] & 0xFF) == 0xC2 && i + 1 < e && (b[i + 1] & 0xFF) == 0xA0))))) {
            if (isDigit(b[i])) {
                digitsBefore++;
            }
            i++;
        }
        if (digitsBefore == 0 || i >= e || (b[i] != '.' && b[i] != ',')) {
            return 0;
        }
        byte sep = b[i++];
        int digitsAfter = 0;
        while (i < e && isDigit(b[i])) {
            digitsAfter++;
            i++;
        }
        if (i != e || digitsAfter == 0) {
            return 0;
        }
        return sep == '.' ? 1 : 2;
    }

    private static boolean isDigit(byte x) {
        return x >= '0' && x <= '9';
    }

    /**
     * Whether the first row names the columns: it does when, in some column, the rows below parse as numbers
     * or dates while the first row does not; it does not when every typed column also has a typed first
     * cell. With no typed column, a first row of distinct non-empty cells is taken as a header.
     */
    static boolean header(RawColumns raw, boolean decimalComma) {
        if (raw.rows <= 1) {
            return true;
        }
        int votes = 0;
        ValueParser p = new ValueParser(decimalComma);
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean distinctNonEmpty = true;
        for (int c = 0; c < raw.columns(); c++) {
            String head = raw.text(c, 0).trim();
            if (head.isEmpty() || !seen.add(head)) {
                distinctNonEmpty = false;
            }
            int typed = 0;
            int nonBlank = 0;
            for (int r = 1; r < raw.rows; r++) {
                if (raw.blank(c, r) || ValueParser.isMissingToken(raw.buf, raw.start(c, r), raw.end(c, r))) {
                    continue;
                }
                nonBlank++;
                if (p.number(raw.buf, raw.start(c, r), raw.end(c, r))
                        || p.temporal(raw.buf, raw.start(c, r), raw.end(c, r))) {
                    typed++;
                }
            }
            if (nonBlank > 0 && typed == nonBlank) {
                boolean headTyped = !raw.blank(c, 0) && (p.number(raw.buf, raw.start(c, 0), raw.end(c, 0))
                        || p.temporal(raw.buf, raw.start(c, 0), raw.end(c, 0)));
                votes += headTyped ? -1 : 1;
            }
        }
        if (votes != 0) {
            return votes > 0;
        }
        return distinctNonEmpty;
    }

    /** Settings for delimited text, detected from (a prefix of) its bytes. */
    static ImportSettings detect(byte[] b, int len, boolean prefix, ImportSettings base, Charset known)
            throws DataFormatException {
        if (len == 0 || onlyWhitespace(b, len)) {
            throw new DataFormatException("import.error.empty");
        }
        Charset cs = known != null ? known : encoding(b, len, prefix);
        if (!asciiCompatible(cs)) {
            int bom = bomLength(b, len) == 2 ? 2 : 0;
            byte[] utf8 = new String(b, bom, len - bom, cs).getBytes(StandardCharsets.UTF_8);
            ImportSettings s = detectUtf8(utf8, 0, utf8.length, true, base.withEncoding(StandardCharsets.UTF_8));
            return s.withEncoding(cs);
        }
        return detectUtf8(b, bomLength(b, len), len, prefix, base.withEncoding(cs));
    }

    private static ImportSettings detectUtf8(byte[] b, int from, int to, boolean prefix, ImportSettings base)
            throws DataFormatException {
        byte d = delimiter(b, from, to);
        RawColumns raw = CsvScanner.scan("", b, from, to, d, base.encoding(), 500, prefix, Progress.NONE,
                Cancellation.NEVER);
        if (raw.rows == 0) {
            throw new DataFormatException("import.error.empty");
        }
        boolean header = header(raw, false);
        boolean dc = decimalComma(raw, header ? 1 : 0);
        if (dc) {
            header = header(raw, true);
        }
        return base.withDelimiter((char) d).withHeader(header).withDecimalComma(dc);
    }

    static boolean asciiCompatible(Charset cs) {
        if (cs == StandardCharsets.UTF_8 || cs == WINDOWS_1251 || cs == StandardCharsets.US_ASCII
                || cs == StandardCharsets.ISO_8859_1) {
            return true;
        }
        String probe = "a,;|\t\"\n\r0.-";
        byte[] bytes = probe.getBytes(cs);
        return bytes.length == probe.length() && new String(bytes, StandardCharsets.US_ASCII).equals(probe);
    }

    private static boolean onlyWhitespace(byte[] b, int len) {
        int i = bomLength(b, len);
        for (; i < len; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
