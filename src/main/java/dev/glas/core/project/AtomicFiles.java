package dev.glas.core.project;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Crash-safe replacement of a file: the new content goes to a temporary file in the same folder, is flushed
 * and forced to disk ({@link FileChannel#force}), the current file is kept as {@code NAME.bak}, and the
 * temporary file is atomically renamed over the target. At every moment the target is either the complete
 * old version or the complete new one; a crash leaves at most a stale temporary file, which the next write
 * removes.
 */
public final class AtomicFiles {

    /** Writes content to a stream; the stream must not be closed by the writer. */
    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /**
     * Replaces {@code target} with what {@code writer} writes.
     *
     * @param keepBackup whether the previous version is kept as {@link #backupOf(Path)}
     */
    public static void write(Path target, boolean keepBackup, StreamWriter writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        removeStaleTemps(abs);
        Path tmp = Files.createTempFile(dir, tempPrefix(abs), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream raw = Channels.newOutputStream(ch);
                BufferedOutputStream out = new BufferedOutputStream(new FilterOutputStream(raw) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        raw.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the channel is closed below, after force()
                    }
                }, 1 << 16);
                writer.write(out);
                out.flush();
                ch.force(true);
            }
            if (keepBackup && Files.isRegularFile(abs)) {
                backup(abs);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes {@code NAME.bak} a copy of the current target without ever leaving a half-written backup. */
    private static void backup(Path target) throws IOException {
        Path bak = backupOf(target);
        Path bakTmp = target.resolveSibling(tempPrefix(target) + "bak.tmp");
        Files.deleteIfExists(bakTmp);
        try {
            Files.createLink(bakTmp, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(target, bakTmp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(bakTmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
        try {
            Files.move(bakTmp, bak, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(bakTmp, bak, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes temporary files left by an interrupted earlier write of the same target. */
    private static void removeStaleTemps(Path target) {
        String prefix = tempPrefix(target);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), prefix + "*.tmp")) {
            for (Path p : ds) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // another process may hold it; harmless
                }
            }
        } catch (IOException e) {
            // nothing to clean
        }
    }

    /** Makes the rename durable (POSIX); silently skipped where directories cannot be opened (Windows). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported on this platform
        }
    }
}
