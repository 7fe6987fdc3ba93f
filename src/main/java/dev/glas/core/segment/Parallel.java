package dev.glas.core.segment;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Data-parallel loops over fixed chunks (the chunking depends only on the problem size, so results are
 * identical whatever the number of cores).
 */
final class Parallel {

    private Parallel() {
    }

    static int chunks(int n) {
        return Math.max(1, Math.min(64, n / 2048));
    }

    static int from(int chunk, int chunks, int n) {
        return (int) ((long) n * chunk / chunks);
    }

    static void run(int chunks, IntConsumer body) {
        if (chunks == 1) {
            body.accept(0);
        } else {
            IntStream.range(0, chunks).parallel().forEach(body);
        }
    }
}
