package dev.glas.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glas.core.data.FileFormat;
import dev.glas.core.data.ImportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A data file the project was built from: where it was, how big it was, its SHA-256, and how it was
 * imported. With these, reopening can tell whether the file is still the same one.
 *
 * @param id             stable id inside the project ("source-1")
 * @param name           display name (file name)
 * @param originalPath   absolute path at the time it was added or relocated
 * @param size           size in bytes
 * @param sha256         lowercase hex SHA-256 of the file content
 * @param importSettings the {@link ImportSettings} as JSON (kept generic so new import options survive)
 * @param embeddedEntry  zip entry holding a copy of the file, or {@code null} when only referenced
 */
public record DataSource(String id, String name, String originalPath, long size, String sha256,
                         JsonNode importSettings, String embeddedEntry) {

    public DataSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(originalPath, "originalPath");
        Objects.requireNonNull(sha256, "sha256");
        if (name == null || name.isBlank()) {
            name = Path.of(originalPath).getFileName().toString();
        }
    }

    /** Describes a file as it is now (computes size and hash). */
    public static DataSource of(String id, Path file, ImportSettings settings) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        return new DataSource(id, abs.getFileName().toString(), abs.toString(), Files.size(abs),
                Hashing.sha256(abs), ProjectJson.toTree(settings), null);
    }

    public Path path() {
        return Path.of(originalPath);
    }

    /** The import settings; when they cannot be read back (e.g. from an older format), defaults for the file. */
    public ImportSettings settings() {
        if (importSettings != null && !importSettings.isNull()) {
            try {
                return ProjectJson.fromTree(importSettings, ImportSettings.class);
            } catch (IOException | RuntimeException e) {
                // fall through to defaults
            }
        }
        return ImportSettings.defaults(FileFormat.fromFileName(path()));
    }

    /** The same source pointing at another file (relocate); size and hash describe the new file. */
    public DataSource relocatedTo(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        return new DataSource(id, name, abs.toString(), Files.size(abs), Hashing.sha256(abs), importSettings,
                embeddedEntry);
    }

    public DataSource withEmbeddedEntry(String entry) {
        return new DataSource(id, name, originalPath, size, sha256, importSettings, entry);
    }

    public DataSource withSettings(ImportSettings settings) {
        return new DataSource(id, name, originalPath, size, sha256, ProjectJson.toTree(settings), embeddedEntry);
    }
}
