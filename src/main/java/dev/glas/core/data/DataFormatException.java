package dev.glas.core.data;

import dev.glas.core.i18n.LocalizedException;

/**
 * A file could not be read as data. Carries the 1-based row and the column (name or 1-based index as
 * text) where reading failed, when known, and a message key with arguments for the localized text.
 */
public final class DataFormatException extends LocalizedException {

    private final long row;
    private final String column;

    public DataFormatException(String key, Object... args) {
        this(-1, null, null, key, args);
    }

    public DataFormatException(long row, String column, Throwable cause, String key, Object... args) {
        super(cause, key, args);
        this.row = row;
        this.column = column;
    }

    /** 1-based row number in the file, or -1 when unknown. */
    public long row() {
        return row;
    }

    /** Column name or index, or {@code null} when unknown. */
    public String column() {
        return column;
    }
}
