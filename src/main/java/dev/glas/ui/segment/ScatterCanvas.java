package dev.glas.ui.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * A scatter plot for up to hundreds of thousands of points: points are rasterised into a pixel buffer (one
 * {@code setPixels} per frame), so redraws stay fast. Scroll zooms around the cursor, dragging pans,
 * Shift+drag draws a lasso whose points are passed to {@link #setOnLasso}; hovering shows the nearest point's
 * tooltip; a click on a point passes it to {@link #setOnPoint}.
 */
public final class ScatterCanvas extends Pane {

    static final Color[] PALETTE = {
        Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"), Color.web("#9467bd"),
        Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"), Color.web("#bcbd22"), Color.web("#17becf"),
        Color.web("#393b79"), Color.web("#637939"), Color.web("#8c6d31"), Color.web("#843c39"), Color.web("#7b4173")};

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int[] groups = new int[0];
    private IntFunction<String> label = i -> "";
    private Consumer<int[]> onLasso = r -> { };
    private Consumer<Integer> onPoint = r -> { };
    private double minX;
    private double minY;
    private double spanX = 1;
    private double spanY = 1;
    private double zoom = 1;
    private double panX;
    private double panY;
    private double dragX;
    private double dragY;
    private final List<double[]> lasso = new ArrayList<>();
    private int hover = -1;

    public ScatterCanvas() {
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        setMinSize(200, 200);
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            double f = e.getDeltaY() > 0 ? 1.25 : 0.8;
            double mx = e.getX();
            double my = e.getY();
            panX = mx - (mx - panX) * f;
            panY = my - (my - panY) * f;
            zoom *= f;
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
            lasso.clear();
            if (e.isShiftDown()) {
                lasso.add(new double[] {e.getX(), e.getY()});
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!lasso.isEmpty()) {
                lasso.add(new double[] {e.getX(), e.getY()});
            } else {
                panX += e.getX() - dragX;
                panY += e.getY() - dragY;
                dragX = e.getX();
                dragY = e.getY();
            }
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (lasso.size() > 2) {
                int[] inside = insideLasso();
                lasso.clear();
                redraw();
                if (inside.length > 0) {
                    onLasso.accept(inside);
                }
            } else {
                lasso.clear();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int i = nearest(e.getX(), e.getY(), 6);
            if (i != hover) {
                hover = i;
                if (i >= 0) {
                    tooltip.setText(label.apply(i));
                    tooltip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 12);
                } else {
                    tooltip.hide();
                }
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover = -1;
            tooltip.hide();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !e.isShiftDown()) {
                int i = nearest(e.getX(), e.getY(), 6);
                if (i >= 0) {
                    onPoint.accept(i);
                }
            }
        });
    }

    /** Shows points {@code (x[i], y[i])} coloured by {@code groups[i]}; resets zoom. */
    public void setData(double[] x, double[] y, int[] groups, IntFunction<String> label) {
        this.xs = x;
        this.ys = y;
        this.groups = groups;
        this.label = label;
        minX = Double.POSITIVE_INFINITY;
        minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        spanX = maxX > minX ? maxX - minX : 1;
        spanY = maxY > minY ? maxY - minY : 1;
        resetView();
    }

    public void resetView() {
        zoom = 1;
        panX = 0;
        panY = 0;
        redraw();
    }

    public void setOnLasso(Consumer<int[]> handler) {
        this.onLasso = handler;
    }

    public void setOnPoint(Consumer<Integer> handler) {
        this.onPoint = handler;
    }

    public int pointCount() {
        return xs.length;
    }

    double sx(int i) {
        double w = Math.max(1, canvas.getWidth() - 20);
        return 10 + (xs[i] - minX) / spanX * w * zoom + panX;
    }

    double sy(int i) {
        double h = Math.max(1, canvas.getHeight() - 20);
        return 10 + (1 - (ys[i] - minY) / spanY) * h * zoom + panY;
    }

    int nearest(double mx, double my, double radius) {
        int best = -1;
        double bd = radius * radius;
        for (int i = 0; i < xs.length; i++) {
            double dx = sx(i) - mx;
            double dy = sy(i) - my;
            double d = dx * dx + dy * dy;
            if (d <= bd) {
                bd = d;
                best = i;
            }
        }
        return best;
    }

    /** Indices of the points inside the lasso polygon (screen coordinates; even-odd rule). */
    int[] insideLasso() {
        return selectInPolygon(lasso);
    }

    int[] selectInPolygon(List<double[]> poly) {
        List<Integer> out = new ArrayList<>();
        int m = poly.size();
        for (int i = 0; i < xs.length; i++) {
            double px = sx(i);
            double py = sy(i);
            boolean in = false;
            for (int a = 0, b = m - 1; a < m; b = a++) {
                double[] pa = poly.get(a);
                double[] pb = poly.get(b);
                if ((pa[1] > py) != (pb[1] > py)
                        && px < (pb[0] - pa[0]) * (py - pa[1]) / (pb[1] - pa[1]) + pa[0]) {
                    in = !in;
                }
            }
            if (in) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] buffer = new int[0];
    private WritableImage image;

    void redraw() {
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (buffer.length != w * h) {
            buffer = new int[w * h];
            image = new WritableImage(w, h);
        }
        int[] buf = buffer;
        java.util.Arrays.fill(buf, 0xFFFFFFFF);
        int[] argb = new int[PALETTE.length];
        for (int c = 0; c < argb.length; c++) {
            Color col = PALETTE[c];
            argb[c] = 0xFF000000 | ((int) (col.getRed() * 255) << 16) | ((int) (col.getGreen() * 255) << 8)
                    | (int) (col.getBlue() * 255);
        }
        // screen = offset + value * factor (the same transform as sx/sy, hoisted out of the loop)
        double fx = Math.max(1, w - 20) * zoom / spanX;
        double fy = Math.max(1, h - 20) * zoom / spanY;
        double ox = 10 + panX - minX * fx;
        double oy = 10 + Math.max(1, h - 20) * zoom + panY + minY * fy;
        int n = xs.length;
        for (int i = 0; i < n; i++) {
            int px = (int) (ox + xs[i] * fx);
            int py = (int) (oy - ys[i] * fy);
            if (px < 0 || py < 0 || px >= w - 1 || py >= h - 1) {
                continue;
            }
            int color = argb[Math.floorMod(groups[i], argb.length)];
            int o = py * w + px;
            buf[o] = color;
            buf[o + 1] = color;
            buf[o + w] = color;
            buf[o + w + 1] = color;
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), buf, 0, w);
        g.drawImage(image, 0, 0);
        if (lasso.size() > 1) {
            g.setStroke(Color.BLACK);
            g.setLineDashes(4);
            g.beginPath();
            g.moveTo(lasso.get(0)[0], lasso.get(0)[1]);
            for (double[] p : lasso) {
                g.lineTo(p[0], p[1]);
            }
            g.closePath();
            g.stroke();
            g.setLineDashes();
        }
    }
}
