package dev.glas.core.report;

import java.awt.AWTError;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.HeadlessException;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** A white, anti-aliased Java2D canvas encoded as PNG: the common part of the report's charts drawn without JavaFX. */
final class PngCanvas {

    private PngCanvas() {
    }

    /**
     * Draws with {@code painter} on a {@code width × height} canvas and returns the PNG, or {@code null} when this
     * JVM cannot draw (a GUI-mode JVM without a display); the report then leaves the picture out.
     */
    static byte[] draw(int width, int height, Consumer<Graphics2D> painter) {
        try {
            return render(width, height, painter);
        } catch (AWTError | LinkageError | HeadlessException e) {
            return null;
        }
    }

    private static byte[] render(int width, int height, Consumer<Graphics2D> painter) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
