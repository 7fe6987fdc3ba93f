package dev.glas.core.project;

import java.nio.file.Path;
import java.util.Random;

/**
 * Child process of {@link CrashSafetyTest}: saves large projects to the same file in an endless loop and
 * prints "saved N" after each completed save, until it is killed.
 */
public final class ProjectSaveLoop {

    static final int BLOB_BYTES = 12 << 20;

    private ProjectSaveLoop() {
    }

    static byte[] blob(int iteration) {
        byte[] b = new byte[BLOB_BYTES];
        new Random(iteration).nextBytes(b); // incompressible, so every save takes a while
        return b;
    }

    static Project project(int iteration) {
        return Project.create("iteration-" + iteration)
                .withChartChoice("iteration", Integer.toString(iteration))
                .withAttachment("models/blob.bin", blob(iteration));
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int start = Integer.parseInt(args[1]);
        for (int i = start; ; i++) {
            ProjectFile.save(project(i), target, ProjectFile.SaveOptions.DEFAULT);
            System.out.println("saved " + i);
            System.out.flush();
        }
    }
}
