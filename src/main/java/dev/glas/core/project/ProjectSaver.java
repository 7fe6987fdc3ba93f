package dev.glas.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Saves projects one at a time (autosave and explicit saves never overlap) and skips autosaves when nothing
 * changed since the last save to the same file. The UI's scheduler calls {@link #saveIfChanged} every N
 * minutes and after each finished analysis, off the FX thread.
 */
public final class ProjectSaver {

    /** The outcome of a save. */
    public record Saved(Path file, long bytes, Instant at) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private volatile ProjectFile.SaveOptions options;
    private Path lastFile;
    private String lastFingerprint;

    public ProjectSaver(ProjectFile.SaveOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public ProjectFile.SaveOptions options() {
        return options;
    }

    public void setOptions(ProjectFile.SaveOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        lock.lock();
        try {
            lastFingerprint = null;
        } finally {
            lock.unlock();
        }
    }

    /** Saves now. */
    public Saved save(Project project, Path target) throws IOException {
        lock.lock();
        try {
            String fp = fingerprint(project);
            ProjectFile.save(project, target, options);
            lastFile = target.toAbsolutePath();
            lastFingerprint = fp;
            return new Saved(lastFile, Files.size(target), Instant.now());
        } finally {
            lock.unlock();
        }
    }

    /** Saves unless the same project content was already saved to the same file. */
    public Optional<Saved> saveIfChanged(Project project, Path target) throws IOException {
        lock.lock();
        try {
            if (target.toAbsolutePath().equals(lastFile) && fingerprint(project).equals(lastFingerprint)
                    && Files.isRegularFile(target)) {
                return Optional.empty();
            }
            return Optional.of(save(project, target));
        } finally {
            lock.unlock();
        }
    }

    /** A hash of everything the manifest and entries would hold, except timestamps of the save itself. */
    static String fingerprint(Project p) {
        Map<String, String> att = new TreeMap<>();
        p.attachments().forEach((k, v) -> att.put(k, Hashing.sha256(v)));
        Object[] parts = {p.name(), p.createdAt(), p.sources(), p.preparation(), p.sections(), p.segments(),
            p.clusterNames(), p.chartChoices(), att};
        try {
            return Hashing.sha256(ProjectJson.mapper().writeValueAsBytes(parts));
        } catch (IOException e) {
            return String.valueOf(System.nanoTime());
        }
    }
}
