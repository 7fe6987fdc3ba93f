package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A file type offered in open/save dialogs.
 *
 * @param descriptionKey message key of the description ("CSV files")
 * @param extensions     extensions without dot, lower case ("csv")
 */
public record FileType(String descriptionKey, List<String> extensions) {

    public static final FileType DATA = new FileType("filetype.data",
            List.of("csv", "tsv", "txt", "xlsx", "xlsm", "xls", "json", "jsonl", "ndjson"));
    public static final FileType CSV = new FileType("filetype.csv", List.of("csv"));
    public static final FileType XLSX = new FileType("filetype.xlsx", List.of("xlsx"));
    public static final FileType PNG = new FileType("filetype.png", List.of("png"));
    public static final FileType ALL = new FileType("filetype.all", List.of("*"));

    public FileType {
        extensions = List.copyOf(extensions);
    }

    public String description() {
        return Messages.get(descriptionKey);
    }

    /** Glob patterns such as {@code *.csv}. */
    public List<String> patterns() {
        return extensions.stream().map(e -> "*".equals(e) ? "*" : "*." + e.toLowerCase(Locale.ROOT)).toList();
    }

    /** The first extension, to append to a save-file name that has none. */
    public String defaultExtension() {
        return extensions.getFirst();
    }
}
