package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.core.task.TaskRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * PNG export of charts and other nodes, without the javafx-swing module: snapshot → {@link PixelReader} →
 * {@link BufferedImage} → {@link ImageIO}. The snapshot is taken on the FX thread; encoding and writing run
 * as a background task.
 */
public final class ChartSupport {

    /** Pixel density of exported images (2 = crisp in reports and on HiDPI screens). */
    public static final double EXPORT_SCALE = 2.0;

    private static volatile TaskRunner tasks = new SyncTaskRunner();
    private static volatile DialogService dialogs;

    private ChartSupport() {
    }

    /** Set once by the wiring; until then export runs synchronously and errors are printed. */
    public static void configure(TaskRunner taskRunner, DialogService dialogService) {
        tasks = taskRunner;
        dialogs = dialogService;
    }

    /**
     * Number labels in the UI language: Russian groups thousands with a no-break space and uses a decimal comma
     * ("14 000", "0,25"); English uses "14,000" and "0.25". Up to four decimals; tiny and huge values in
     * scientific notation.
     */
    public static javafx.util.StringConverter<Number> numberConverter(java.util.Locale locale) {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(locale);
        if ("ru".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator('\u00a0');
            symbols.setDecimalSeparator(',');
        }
        java.text.DecimalFormat plain = new java.text.DecimalFormat("#,##0.####", symbols);
        java.text.DecimalFormat scientific = new java.text.DecimalFormat("0.###E0", symbols);
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                if (n == null) {
                    return "";
                }
                double v = n.doubleValue();
                if (!Double.isFinite(v)) {
                    return Double.isNaN(v) ? "—" : (v > 0 ? "∞" : "−∞");
                }
                double a = Math.abs(v);
                synchronized (plain) {
                    return a != 0 && (a < 1e-4 || a >= 1e15) ? scientific.format(v) : plain.format(v);
                }
            }

            @Override
            public Number fromString(String text) {
                try {
                    synchronized (plain) {
                        return plain.parse(text.strip().replace(' ', '\u00a0'));
                    }
                } catch (java.text.ParseException e) {
                    throw new IllegalArgumentException(text, e);
                }
            }
        };
    }

    /** A number as {@link #numberConverter} shows it in the current UI language. */
    public static String format(double v) {
        return numberConverter(Messages.locale()).toString(v);
    }

    /**
     * Gives every {@link javafx.scene.chart.NumberAxis} of the chart tick labels in the UI language
     * ({@link Messages#locale()}), instead of the JVM default ("14,000" in the Russian UI).
     */
    public static void localizeAxes(javafx.scene.chart.XYChart<?, ?> chart) {
        javafx.util.StringConverter<Number> converter = numberConverter(Messages.locale());
        for (javafx.scene.chart.Axis<?> axis : List.of(chart.getXAxis(), chart.getYAxis())) {
            if (axis instanceof javafx.scene.chart.NumberAxis n) {
                n.setTickLabelFormatter(converter);
            }
        }
    }

    /**
     * Adds the export context menu to a chart (or any drawn node): Save as PNG…, Save as SVG… where the node
     * is vector-drawn, Copy image, and the chart's data as table (see {@link Exports#chart}).
     */
    public static void installPngExport(Node node) {
        Exports.chart(node);
    }

    static DialogService dialogs() {
        return dialogs;
    }

    static TaskRunner tasks() {
        return tasks;
    }

    /** Asks for a file and saves the node as PNG in the background. */
    public static void askAndSave(Node node) {
        DialogService d = dialogs;
        if (d == null) {
            return;
        }
        d.chooseSaveFile(Messages.get("chart.save.png.title"), Exports.fileName(Exports.title(node)) + ".png",
                List.of(FileType.PNG)).ifPresent(file -> {
                    BufferedImage image = toBufferedImage(snapshot(node, EXPORT_SCALE));
                    tasks.submit("task.save.png", (p, c) -> {
                        write(image, file);
                        return file;
                    }, f -> { }, err -> d.showError(Messages.get("chart.save.png.title"), err));
                });
    }

    /** Saves the node as PNG at {@link #EXPORT_SCALE} (FX thread: snapshots need it). */
    public static void savePng(Node node, Path file) throws IOException {
        savePng(node, file, EXPORT_SCALE);
    }

    public static void savePng(Node node, Path file, double scale) throws IOException {
        write(toBufferedImage(snapshot(node, scale)), file);
    }

    /** Saves the whole scene as it is on screen (for screenshots). */
    public static void savePng(Scene scene, Path file) throws IOException {
        write(toBufferedImage(scene.snapshot(null)), file);
    }

    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        if (scale != 1.0) {
            params.setTransform(Transform.scale(scale, scale));
        }
        return node.snapshot(params, null);
    }

    public static BufferedImage toBufferedImage(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
