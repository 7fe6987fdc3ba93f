package dev.glas.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glas.ui.common.ChartSupport;
import dev.glas.ui.common.FxTaskRunner;
import dev.glas.ui.common.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Harness for GUI smoke tests in a real window (under Xvfb on CI). Call {@link #assumeGui()} first (in
 * {@code @BeforeAll}): it skips the test when {@code -Dglas.gui.skip=true} or when there is no display, and
 * otherwise starts the JavaFX toolkit once per JVM with the Glas theme. Then:
 * <pre>{@code
 * Stage stage = GuiTestSupport.show(view.root(), 1280, 800);
 * GuiTestSupport.waitForTasks(tasks);             // background work done, callbacks ran
 * GuiTestSupport.screenshot(stage, "churn-main"); // target/screenshots/churn-main.png
 * GuiTestSupport.closeAllWindows();
 * }</pre>
 * Settings are redirected to a temporary directory ({@code glas.config.dir}) so tests never touch the user's.
 */
public final class GuiTestSupport {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static volatile boolean started;

    private GuiTestSupport() {
    }

    /** Whether GUI tests can run here (not skipped, and a display exists on Linux). */
    public static boolean guiAvailable() {
        if (Boolean.getBoolean("glas.gui.skip")) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux")) {
            String d = System.getenv("DISPLAY");
            String w = System.getenv("WAYLAND_DISPLAY");
            return (d != null && !d.isBlank()) || (w != null && !w.isBlank());
        }
        return true;
    }

    /** Skips the calling test when there is no GUI; otherwise starts the toolkit (once). */
    public static void assumeGui() {
        assumeTrue(guiAvailable(), "GUI tests skipped (no display or -Dglas.gui.skip=true)");
        startToolkit();
    }

    public static synchronized void startToolkit() {
        if (started) {
            return;
        }
        if (System.getProperty("glas.config.dir") == null) {
            try {
                System.setProperty("glas.config.dir", Files.createTempDirectory("glas-config").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        CountDownLatch latch = new CountDownLatch(1);
        try {
            Platform.startup(latch::countDown);
        } catch (IllegalStateException alreadyRunning) {
            latch.countDown();
        }
        await(latch);
        Platform.setImplicitExit(false);
        runFx(Theme::install);
        started = true;
    }

    /** Runs on the FX thread and waits; exceptions are rethrown in the caller. */
    public static void runFx(Runnable r) {
        callFx(() -> {
            r.run();
            return null;
        });
    }

    /** Calls on the FX thread and returns the result. */
    public static <T> T callFx(Callable<T> c) {
        if (Platform.isFxApplicationThread()) {
            try {
                return c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(DEFAULT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("FX call did not finish in time", e);
        }
    }

    /** Shows {@code root} in a new themed Stage of the given size and waits until it is laid out. */
    public static Stage show(Parent root, double width, double height) {
        Stage stage = callFx(() -> {
            Stage s = new Stage();
            s.setScene(Theme.apply(new Scene(root, width, height)));
            s.show();
            return s;
        });
        waitForFx();
        return stage;
    }

    /** Waits until pending FX events (and two layout pulses) have been processed. */
    public static void waitForFx() {
        for (int i = 0; i < 3; i++) {
            runFx(() -> { });
            sleep(30);
        }
    }

    /** Polls a condition (evaluated on the FX thread) until true or the timeout passes. */
    public static void waitUntil(BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!callFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            sleep(25);
        }
        waitForFx();
    }

    /** Waits until every task of the runner finished and its callback ran on the FX thread. */
    public static void waitForTasks(FxTaskRunner tasks) {
        waitUntil(() -> tasks.activeCount() == 0, Duration.ofSeconds(60));
    }

    /** Saves the stage's scene to {@code target/screenshots/<name>.png} and returns the path. */
    public static Path screenshot(Stage stage, String name) {
        return screenshot(stage.getScene(), name);
    }

    public static Path screenshot(Scene scene, String name) {
        Path file = screenshotDir().resolve(name + ".png");
        waitForFx();
        runFx(() -> {
            try {
                ChartSupport.savePng(scene, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return file;
    }

    public static Path screenshotDir() {
        return Path.of(System.getProperty("glas.screenshots", "target/screenshots"));
    }

    /** Closes every open window (call in {@code @AfterEach}). */
    public static void closeAllWindows() {
        if (!started) {
            return;
        }
        runFx(() -> {
            for (Window w : Window.getWindows().toArray(Window[]::new)) {
                w.hide();
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(DEFAULT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
