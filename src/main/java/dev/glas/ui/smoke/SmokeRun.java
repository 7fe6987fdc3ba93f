package dev.glas.ui.smoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.AppInfo;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.Samples;
import dev.glas.core.segment.KMeans;
import dev.glas.core.segment.KMeansOptions;
import dev.glas.core.segment.KMeansResult;
import dev.glas.core.segment.Points;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import dev.glas.core.text.BertEncoder;
import dev.glas.core.text.ModelFolder;
import dev.glas.ui.common.AppState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import tech.tablesaw.api.NumericColumn;

/**
 * {@code glas --smoke}: proves that an installed Glas works end to end, for installer checks. It opens the
 * main window, loads the bundled samples (the table becomes the window's current dataset), runs a small
 * k-means ({@code core.segment}) and a BERT test-model inference ({@code core.text}, PyTorch
 * natives from the install folder), saves a screenshot of the window, prints one JSON line on stdout and
 * exits 0; any failure prints a JSON line with {@code "ok": false} and exits 1; a watchdog exits 3 when the
 * whole run takes longer than {@value #TIMEOUT_SECONDS} s.
 *
 * <p>Options (after {@code --smoke}): {@code --smoke-out DIR} (screenshot folder, default a new temporary
 * folder), {@code --smoke-model DIR} (BERT model folder, default {@code <glas.home>/smoke/tiny-bert}, the
 * test model the installer bundles). {@code first_window_ms} is measured from the start of the process to
 * the first frame of the main window; {@code first_window_cpu_ms} is the CPU time the process used until then.
 */
public final class SmokeRun {

    public static final String FLAG = "--smoke";
    static final int TIMEOUT_SECONDS = 60;
    static final String TEXT_SAMPLE = "cedr_ru_emotions";
    static final String TABLE_SAMPLE = "telco_churn";
    static final long SEED = 42;

    private final Stage stage;
    private final AppState state;
    private final Path outDir;
    private final Path modelDir;
    private final Map<String, Object> report = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final long startNanos = System.nanoTime();

    private SmokeRun(Stage stage, AppState state, Path outDir, Path modelDir) {
        this.stage = stage;
        this.state = state;
        this.outDir = outDir;
        this.modelDir = modelDir;
    }

    /** Whether the command line asks for a smoke run. */
    public static boolean requested(List<String> args) {
        return !args.isEmpty() && FLAG.equals(args.getFirst());
    }

    /**
     * Starts the smoke run for a stage that is about to be shown (call right before {@code stage.show()}).
     * Never returns control to a normal session: the process exits when the run ends.
     */
    public static void start(Stage stage, AppState state, List<String> args) {
        Path out = null;
        Path model = null;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if ("--smoke-out".equals(a) && i + 1 < args.size()) {
                out = Path.of(args.get(++i));
            } else if ("--smoke-model".equals(a) && i + 1 < args.size()) {
                model = Path.of(args.get(++i));
            } else {
                fail(Map.of(), new IllegalArgumentException("unknown smoke option " + a));
            }
        }
        try {
            if (out == null) {
                out = Files.createTempDirectory("glas-smoke-");
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            fail(Map.of(), e);
        }
        new SmokeRun(stage, state, out, model != null ? model : defaultModel()).run();
    }

    /** The BERT test model: bundled next to the app by the installer, or the test resource in a checkout. */
    static Path defaultModel() {
        String home = System.getProperty("glas.home");
        if (home != null) {
            Path bundled = Path.of(home, "smoke", "tiny-bert");
            if (Files.isDirectory(bundled)) {
                return bundled;
            }
        }
        return Path.of("src", "test", "resources", "dev", "glas", "core", "text", "tiny-bert");
    }

    private void run() {
        Thread watchdog = Thread.ofPlatform().daemon().name("glas-smoke-watchdog").start(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
                report.put("ok", false);
                report.put("error", "timeout after " + TIMEOUT_SECONDS + " s");
                print(report);
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        report.put("ok", false);
        report.put("version", AppInfo.version());
        report.put("java", System.getProperty("java.version"));
        report.put("java_home", System.getProperty("java.home"));
        report.put("glas_home", System.getProperty("glas.home"));
        report.put("pytorch_library_path", System.getProperty("PYTORCH_LIBRARY_PATH",
                System.getenv("PYTORCH_LIBRARY_PATH")));
        report.put("cds", cdsInUse());

        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        stage.setOnShown(e -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                report.put("first_window_ms", millisSinceProcessStart());
                report.put("first_window_cpu_ms", cpuMillis());
                firstFrame.complete(null);
            }
        }.start());

        firstFrame
                .thenRunAsync(this::work, r -> Thread.ofPlatform().name("glas-smoke").start(r))
                .thenCompose(v -> onFx(this::screenshot))
                .whenComplete((v, error) -> {
                    watchdog.interrupt();
                    if (error != null) {
                        fail(report, error instanceof java.util.concurrent.CompletionException ce
                                && ce.getCause() != null ? ce.getCause() : error);
                        return;
                    }
                    report.put("ok", true);
                    report.put("seconds", (System.nanoTime() - startNanos) / 1e9);
                    report.put("total_ms", millisSinceProcessStart());
                    print(report);
                    Platform.exit();
                    System.exit(0);
                });
    }

    /** The analysis part, off the FX thread: samples, k-means, BERT. */
    private void work() {
        try {
            Dataset table = Samples.open(Samples.byId(TABLE_SAMPLE));
            report.put("sample", TABLE_SAMPLE);
            report.put("sample_rows", table.rowCount());
            report.put("sample_columns", table.columnCount());
            Platform.runLater(() -> state.currentDatasetProperty().set(table));

            double[][] x = numericMatrix(table);
            long t0 = System.nanoTime();
            KMeansResult km = KMeans.fit(Points.of(x), new KMeansOptions(4, SEED), Cancellation.NEVER);
            report.put("kmeans_k", km.k());
            report.put("kmeans_rows", x.length);
            report.put("kmeans_features", x[0].length);
            report.put("kmeans_inertia", km.inertia());
            report.put("kmeans_sizes", km.sizes());
            report.put("kmeans_ms", (System.nanoTime() - t0) / 1_000_000);

            Dataset texts = Samples.open(Samples.byId(TEXT_SAMPLE));
            List<String> sentences = new ArrayList<>();
            var column = texts.table().stringColumn("text");
            for (int i = 0; i < Math.min(8, column.size()); i++) {
                sentences.add(column.get(i));
            }
            t0 = System.nanoTime();
            ModelFolder folder = ModelFolder.inspect(modelDir);
            try (BertEncoder enc = BertEncoder.open(folder, ModelFolder.Backend.TORCHSCRIPT)) {
                BertEncoder.Output out = enc.encode(sentences, 4, true, Progress.NONE, Cancellation.NEVER);
                if (out.logits() == null || out.logits().length != sentences.size()) {
                    throw new IllegalStateException("BERT gave no logits for " + sentences.size() + " texts");
                }
                for (float[] row : out.logits()) {
                    for (float v : row) {
                        if (!Float.isFinite(v)) {
                            throw new IllegalStateException("BERT gave a non-finite logit");
                        }
                    }
                }
                report.put("bert_model", folder.name());
                report.put("bert_backend", enc.backend().name().toLowerCase(java.util.Locale.ROOT));
                report.put("bert_texts", sentences.size());
                report.put("bert_classes", out.logits()[0].length);
                report.put("bert_embedding_size", out.embeddings() != null ? out.embeddings()[0].length : 0);
            }
            report.put("bert_ms", (System.nanoTime() - t0) / 1_000_000);
            report.put("pytorch_loaded_from", pytorchDir());
            report.put("native_blas", nativeBlas());
        } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    /** All complete numeric columns of the sample, standardised (rows with a missing value are dropped). */
    static double[][] numericMatrix(Dataset d) {
        List<NumericColumn<?>> cols = new ArrayList<>();
        for (var c : d.table().columns()) {
            if (c instanceof NumericColumn<?> n) {
                cols.add(n);
            }
        }
        if (cols.isEmpty()) {
            throw new IllegalStateException("sample has no numeric column");
        }
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < d.rowCount(); r++) {
            double[] row = new double[cols.size()];
            boolean complete = true;
            for (int j = 0; j < cols.size() && complete; j++) {
                complete = !cols.get(j).isMissing(r);
                row[j] = complete ? cols.get(j).getDouble(r) : 0;
            }
            if (complete) {
                rows.add(row);
            }
        }
        double[][] x = rows.toArray(double[][]::new);
        for (int j = 0; j < cols.size(); j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / x.length;
            }
            double var = 0;
            for (double[] row : x) {
                var += (row[j] - mean) * (row[j] - mean) / x.length;
            }
            double sd = var > 0 ? Math.sqrt(var) : 1;
            for (double[] row : x) {
                row[j] = (row[j] - mean) / sd;
            }
        }
        return x;
    }

    private void screenshot() {
        WritableImage image = stage.getScene().snapshot(null);
        Path file = outDir.resolve("glas-smoke.png");
        try {
            ImageIO.write(toAwt(image), "png", file.toFile());
        } catch (IOException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
        report.put("screenshot", file.toAbsolutePath().toString());
        report.put("screenshot_size", List.of((int) image.getWidth(), (int) image.getHeight()));
    }

    static BufferedImage toAwt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] line = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), line, 0, w);
            out.setRGB(0, y, w, 1, line, 0, w);
        }
        return out;
    }

    private static CompletableFuture<Void> onFx(Runnable action) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                f.complete(null);
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** Where DJL loaded libtorch from (must be the install folder, not a cache in the user's home). */
    private static String pytorchDir() {
        try {
            return ai.djl.pytorch.jni.LibUtils.getLibtorchPath();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Whether Smile finds a native BLAS/LAPACK (PCA and other matrix decompositions need one). */
    private static boolean nativeBlas() {
        try {
            Class.forName("smile.linalg.blas.cblas_h", true, SmokeRun.class.getClassLoader());
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    private static boolean cdsInUse() {
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-XX:SharedArchiveFile") || arg.startsWith("-XX:AOTCache")) {
                return true;
            }
        }
        return false;
    }

    /** CPU time of the whole process so far (all threads): start cost independent of how busy the machine is. */
    static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    static long millisSinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant()
                .orElse(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
        return Instant.now().toEpochMilli() - start.toEpochMilli();
    }

    private static void fail(Map<String, Object> soFar, Throwable error) {
        Map<String, Object> r = new LinkedHashMap<>(soFar);
        r.put("ok", false);
        r.put("error", String.valueOf(error));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        System.err.println(trace);
        print(r);
        Runtime.getRuntime().halt(1);
    }

    private static synchronized void print(Map<String, Object> report) {
        Map<String, Object> r;
        synchronized (report) {
            r = new LinkedHashMap<>(report);
        }
        try {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(new ObjectMapper().writeValueAsString(r));
            out.flush();
        } catch (IOException e) {
            System.err.println("glas: cannot write smoke report: " + e);
        }
    }
}
