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
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
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

    /** Adds a context menu item "Save as PNG…" to the node (keeps other context-menu handlers working). */
    public static void installPngExport(Node node) {
        MenuItem save = new MenuItem(Messages.get("chart.save.png"));
        ContextMenu menu = new ContextMenu(save);
        save.setOnAction(e -> askAndSave(node));
        node.setOnContextMenuRequested(e -> {
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** Asks for a file and saves the node as PNG in the background. */
    public static void askAndSave(Node node) {
        DialogService d = dialogs;
        if (d == null) {
            return;
        }
        d.chooseSaveFile(Messages.get("chart.save.png.title"), Messages.get("chart.default.name") + ".png",
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
