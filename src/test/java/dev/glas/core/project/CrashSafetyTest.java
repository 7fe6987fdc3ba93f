package dev.glas.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM with SIGKILL ({@link Process#destroyForcibly()}) while it is in the middle of saving a large
 * project, several times, and checks that the project file always opens and holds the last completed save.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void killDuringSaveLeavesTheLastGoodProject() throws Exception {
        Path target = dir.resolve("big.glas");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        int start = 1;
        int killedMidSave = 0;
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", cp, ProjectSaveLoop.class.getName(),
                    target.toString(), Integer.toString(start))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicInteger lastSaved = new AtomicInteger(-1);
            Thread reader = Thread.ofVirtual().start(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("saved ")) {
                            lastSaved.set(Integer.parseInt(line.substring(6).trim()));
                        }
                    }
                } catch (Exception e) {
                    // the process was killed
                }
            });
            // let it complete at least one save, then wait until a new save is half-way (temp file growing)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastSaved.get() < start && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(lastSaved.get() >= start, "child never finished a save");
            boolean midSave = false;
            while (System.nanoTime() < deadline) {
                long tmpSize = tempFileSize(target);
                if (tmpSize > ProjectSaveLoop.BLOB_BYTES / 3) {
                    midSave = true;
                    break;
                }
                Thread.onSpinWait();
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
            reader.join(5000);
            if (midSave) {
                killedMidSave++;
            }
            int completed = lastSaved.get();

            ProjectFile.Opened opened = ProjectFile.open(target);
            int found = Integer.parseInt(opened.project().chartChoices().get("iteration"));
            // the file holds the last save reported complete, or the one right after it when the kill hit
            // between the rename and the print
            assertTrue(found == completed || found == completed + 1,
                    "found iteration " + found + ", last reported " + completed);
            assertEquals("iteration-" + found, opened.project().name());
            assertArrayEquals(ProjectSaveLoop.blob(found), opened.project().attachment("models/blob.bin").orElseThrow());
            // the backup is a complete, older project as well
            Path bak = AtomicFiles.backupOf(target);
            if (Files.exists(bak)) {
                int b = Integer.parseInt(ProjectFile.open(bak).project().chartChoices().get("iteration"));
                assertTrue(b < found, "backup " + b + " should be older than " + found);
            }
            start = found + 1;
        }
        assertTrue(killedMidSave >= 2, "the kill should hit a save in progress (hit " + killedMidSave + " of 3)");
        // the next save cleans up the stale temporary file left by the kill
        ProjectFile.save(Project.create("after"), target, ProjectFile.SaveOptions.DEFAULT);
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> temps = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temps);
        }
    }

    private long tempFileSize(Path target) {
        try (Stream<Path> s = Files.list(target.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.tempPrefix(target))
                            && p.getFileName().toString().endsWith(".tmp"))
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (Exception e) {
                            return 0;
                        }
                    }).max().orElse(0);
        } catch (Exception e) {
            return 0;
        }
    }
}
