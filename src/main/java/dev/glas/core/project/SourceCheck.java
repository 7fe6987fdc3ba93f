package dev.glas.core.project;

import dev.glas.core.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a data source is still the file the project was built from.
 *
 * @param source the source as stored in the project
 * @param status what was found
 * @param actualSha256 hash of the file found now, or {@code null} when missing
 */
public record SourceCheck(DataSource source, Status status, String actualSha256) {

    public enum Status {
        /** Same size and SHA-256 as when saved. */
        OK,
        /** The file is not at its path any more. */
        MISSING,
        /** The file is there but its content differs. */
        CHANGED
    }

    /** Hashes the file at the source's path and compares. */
    public static SourceCheck of(DataSource source) throws IOException {
        Path p = source.path();
        if (!Files.isRegularFile(p)) {
            return new SourceCheck(source, Status.MISSING, null);
        }
        String actual = Hashing.sha256(p);
        boolean same = actual.equalsIgnoreCase(source.sha256()) && Files.size(p) == source.size();
        return new SourceCheck(source, same ? Status.OK : Status.CHANGED, actual);
    }

    public boolean ok() {
        return status == Status.OK;
    }

    /** Whether a copy of the original file is embedded in the project. */
    public boolean embeddedCopyAvailable() {
        return source.embeddedEntry() != null;
    }

    /** A localized sentence for the analyst (what happened and what can be done). */
    public String message() {
        return switch (status) {
            case OK -> Messages.get("project.source.ok", source.name());
            case MISSING -> Messages.get(embeddedCopyAvailable() ? "project.source.missing.embedded"
                    : "project.source.missing", source.name(), source.originalPath());
            case CHANGED -> Messages.get(embeddedCopyAvailable() ? "project.source.changed.embedded"
                    : "project.source.changed", source.name(), source.originalPath());
        };
    }
}
