package dev.glas.core.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * How to read a file: detected by {@link DataImporter#detect}, shown in the import preview, editable there.
 *
 * @param format        file format
 * @param delimiter     field delimiter for CSV-like files
 * @param encoding      character encoding for text files
 * @param header        whether the first row holds column names
 * @param decimalComma  whether numbers use a decimal comma ("3,14")
 * @param sheet         sheet name for Excel files, or {@code null} for the first sheet
 * @param typeOverrides column name → type chosen by the analyst (wins over inference)
 */
public record ImportSettings(FileFormat format, char delimiter, Charset encoding, boolean header,
                             boolean decimalComma, String sheet, Map<String, ColumnType> typeOverrides) {

    public ImportSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
        typeOverrides = Map.copyOf(typeOverrides);
    }

    public static ImportSettings defaults(FileFormat format) {
        return new ImportSettings(format, ',', StandardCharsets.UTF_8, true, false, null, Map.of());
    }

    public ImportSettings withDelimiter(char d) {
        return new ImportSettings(format, d, encoding, header, decimalComma, sheet, typeOverrides);
    }

    public ImportSettings withEncoding(Charset e) {
        return new ImportSettings(format, delimiter, e, header, decimalComma, sheet, typeOverrides);
    }

    public ImportSettings withHeader(boolean h) {
        return new ImportSettings(format, delimiter, encoding, h, decimalComma, sheet, typeOverrides);
    }

    public ImportSettings withDecimalComma(boolean dc) {
        return new ImportSettings(format, delimiter, encoding, header, dc, sheet, typeOverrides);
    }

    public ImportSettings withSheet(String s) {
        return new ImportSettings(format, delimiter, encoding, header, decimalComma, s, typeOverrides);
    }

    public ImportSettings withTypeOverrides(Map<String, ColumnType> overrides) {
        return new ImportSettings(format, delimiter, encoding, header, decimalComma, sheet, overrides);
    }
}
