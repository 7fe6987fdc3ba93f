package dev.glas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.task.CancelledException;
import dev.glas.core.task.TaskHandle;
import dev.glas.ui.GuiTestSupport;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The FX task runner needs the toolkit (callbacks on the FX thread), so it runs with the GUI tests. */
class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeAll
    static void toolkit() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void deliversResultOnFxThreadAndListsTaskWhileRunning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> result = new AtomicReference<>();
        AtomicBoolean onFx = new AtomicBoolean();
        runner.submit("task.export", (p, c) -> {
            p.report(0.25, "export.progress", 1, 4);
            release.await(5, TimeUnit.SECONDS);
            return "done";
        }, r -> {
            onFx.set(Platform.isFxApplicationThread());
            result.set(r);
        }, e -> { });
        GuiTestSupport.waitUntil(() -> runner.running().size() == 1
                && runner.running().getFirst().progressProperty().get() == 0.25, Duration.ofSeconds(5));
        RunningTask t = GuiTestSupport.callFx(() -> runner.running().getFirst());
        assertEquals(dev.glas.core.i18n.Messages.get("task.export"), t.title());
        assertEquals(dev.glas.core.i18n.Messages.get("export.progress", 1, 4), GuiTestSupport.callFx(() -> t.messageProperty().get()));
        release.countDown();
        GuiTestSupport.waitForTasks(runner);
        assertEquals("done", result.get());
        assertTrue(onFx.get());
        assertTrue(GuiTestSupport.callFx(() -> runner.running().isEmpty()));
    }

    @Test
    void cancellationStopsARunningLoopWithinOneSecond() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        TaskHandle h = runner.submit("task.export", (p, c) -> {
            started.countDown();
            try {
                long x = 0;
                while (true) { // busy loop that checks the flag, as work does every ~100 ms
                    for (int i = 0; i < 100_000; i++) {
                        x += i;
                    }
                    c.check();
                }
            } finally {
                stopped.countDown();
            }
        }, r -> { }, failure::set);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        h.cancel();
        assertTrue(stopped.await(1, TimeUnit.SECONDS), "work must stop within one second");
        GuiTestSupport.waitForTasks(runner);
        assertTrue(System.nanoTime() - t0 < 1_500_000_000L);
        assertInstanceOf(CancelledException.class, failure.get());
        assertTrue(h.isDone());
    }

    @Test
    void cancellationInterruptsBlockingWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        TaskHandle h = runner.submit("task.export", (p, c) -> {
            started.countDown();
            Thread.sleep(60_000);
            return 1;
        }, r -> { }, failure::set);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        h.cancel();
        GuiTestSupport.waitForTasks(runner);
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L);
        assertInstanceOf(CancelledException.class, failure.get());
    }

    @Test
    void queuedTaskCancelledBeforeStartNeverRuns() throws Exception {
        FxTaskRunner single = new FxTaskRunner(1);
        try {
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean secondRan = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            single.submit("task.export", (p, c) -> release.await(5, TimeUnit.SECONDS), r -> { }, e -> { });
            TaskHandle second = single.submit("task.export", (p, c) -> {
                secondRan.set(true);
                return 0;
            }, r -> { }, failure::set);
            second.cancel();
            release.countDown();
            GuiTestSupport.waitForTasks(single);
            assertTrue(!secondRan.get());
            assertInstanceOf(CancelledException.class, failure.get());
        } finally {
            single.close();
        }
    }

    @Test
    void failureIsDeliveredAsIs() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        runner.submit("task.export", (p, c) -> {
            throw new java.io.IOException("disk full");
        }, r -> { }, failure::set);
        GuiTestSupport.waitForTasks(runner);
        assertEquals("disk full", failure.get().getMessage());
    }
}
