package dev.glas.core.data;

/** The analyst-facing type of a column, inferred at import and overridable in the import preview. */
public enum ColumnType {
    /** Real numbers. */
    NUMERIC,
    /** Whole numbers. */
    INTEGER,
    /** A small set of repeated values. */
    CATEGORICAL,
    /** Two values: yes/no, true/false, 0/1, да/нет. */
    BOOLEAN,
    /** Calendar dates. */
    DATE,
    /** Date and time. */
    DATETIME,
    /** Free text (many distinct, long values). */
    TEXT,
    /** A key: (nearly) unique per row, not a measurement. */
    IDENTIFIER;

    public boolean isNumeric() {
        return this == NUMERIC || this == INTEGER;
    }

    public boolean isTemporal() {
        return this == DATE || this == DATETIME;
    }

    /** Message key of the localized name, e.g. {@code type.numeric}. */
    public String messageKey() {
        return "type." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
