package dev.glas.core.data;

import java.nio.file.Path;
import java.util.Locale;

/** File formats Glas imports. */
public enum FileFormat {
    CSV, XLSX, XLS, JSON;

    /** Guess from the file name; text-like or unknown extensions are CSV (content sniffing decides more). */
    public static FileFormat fromFileName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm")) {
            return XLSX;
        }
        if (n.endsWith(".xls")) {
            return XLS;
        }
        if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSON;
        }
        return CSV;
    }
}
