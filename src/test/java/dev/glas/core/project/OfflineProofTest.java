package dev.glas.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end flow (import → every re-runnable analysis → project save/open → Excel report) in a JVM
 * without any network: {@code unshare -n} puts it in an empty network namespace (only a down loopback).
 * The offline guard must have refused zero connection attempts, i.e. nothing even tried to reach out.
 */
class OfflineProofTest {

    @TempDir
    Path dir;

    static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    @Timeout(180)
    void fullFlowRunsWithoutNetworkAndTriesNoConnection() throws Exception {
        assumeTrue(unshareWorks(), "unshare -n is not available here (needs Linux and user/network namespaces);"
                + " the offline flow was not run in an empty network namespace");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(List.of("unshare", "-n", java, "-Xmx2g", "--enable-native-access=ALL-UNNAMED",
                "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"), OfflineFlow.class.getName(),
                dir.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(170, TimeUnit.SECONDS), "offline flow timed out");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stdout + stderr);
        Matcher m = Pattern.compile("ok analyses=(\\d+) failed=(\\d+) refused=(\\d+) report=(.+)").matcher(stdout);
        assertTrue(m.find(), stdout + stderr);
        assertTrue(Integer.parseInt(m.group(1)) >= 7, "analyses run: " + m.group(1));
        assertEquals(0, Integer.parseInt(m.group(2)), "failed analyses: " + stderr);
        assertEquals(0, Long.parseLong(m.group(3)), "outbound connection attempts refused by the guard");
        assertTrue(Files.size(Path.of(m.group(4).trim())) > 10_000, "report written");
    }
}
