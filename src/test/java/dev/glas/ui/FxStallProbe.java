package dev.glas.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how responsive the FX thread is: every 20 ms it posts a no-op with {@code Platform.runLater} and
 * records how late it ran; while a post is overdue by more than 250 ms it samples the FX thread's stack, so a
 * stall can be traced to the code that caused it. Start it, do the work, {@link #close} it, read the report.
 */
public final class FxStallProbe implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private final AtomicLong maxLatencyNanos = new AtomicLong();
    private final List<Long> stalls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> samples = Collections.synchronizedMap(new LinkedHashMap<>());

    public FxStallProbe() {
        thread = new Thread(this::loop, "fx-stall-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        Thread fx = null;
        while (running) {
            long posted = System.nanoTime();
            AtomicLong ran = new AtomicLong();
            Platform.runLater(() -> ran.set(System.nanoTime()));
            long lastSample = posted;
            while (running && ran.get() == 0) {
                sleep(5);
                long now = System.nanoTime();
                if (now - posted > 250_000_000L && now - lastSample > 50_000_000L) {
                    lastSample = now;
                    if (fx == null) {
                        fx = Thread.getAllStackTraces().keySet().stream()
                                .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
                    }
                    if (fx != null) {
                        StackTraceElement[] st = fx.getStackTrace();
                        record(st);
                        if (firstLongStack == null && now - posted > 2_000_000_000L) {
                            StringBuilder b = new StringBuilder();
                            for (StackTraceElement e : st) {
                                b.append("    at ").append(e).append('\n');
                            }
                            firstLongStack = b.toString();
                        }
                    }
                }
            }
            long latency = (ran.get() == 0 ? System.nanoTime() : ran.get()) - posted;
            maxLatencyNanos.accumulateAndGet(latency, Math::max);
            if (latency > 250_000_000L) {
                stalls.add(latency / 1_000_000);
            }
            sleep(20);
        }
    }

    /** The first Glas frames of a stack (where our code kept the FX thread busy). */
    private volatile String firstLongStack;

    /** The full FX stack of the first stall longer than two seconds (or null). */
    public String firstLongStack() {
        return firstLongStack;
    }

    private void record(StackTraceElement[] stack) {
        List<String> glas = new ArrayList<>();
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("dev.glas") && glas.size() < 3) {
                glas.add(e.getClassName().replace("dev.glas.", "") + "." + e.getMethodName() + ":" + e.getLineNumber());
            }
        }
        String top = stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName();
        samples.merge(top + " <- " + String.join(" <- ", glas), 1, Integer::sum);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Longest time a posted no-op waited for the FX thread, in seconds. */
    public double maxStallSeconds() {
        return maxLatencyNanos.get() / 1e9;
    }

    /** A few lines: the longest stall, the stalls over 250 ms and the most sampled stacks during them. */
    public String report() {
        StringBuilder b = new StringBuilder(String.format("max FX stall %.2f s; stalls > 250 ms (ms): %s%n",
                maxStallSeconds(), stalls));
        synchronized (samples) {
            if (firstLongStack != null) {
                b.append("  first stall > 2 s:\n").append(firstLongStack);
            }
            samples.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(8)
                    .forEach(e -> b.append("  ").append(e.getValue()).append(" x ").append(e.getKey()).append('\n'));
        }
        return b.toString();
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
