package dev.glas.ui.segment;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Radar chart of cluster profiles: one axis per feature, the cluster's z-score on it (clamped to ±2; the
 * middle ring is the overall mean), one coloured polygon per cluster.
 */
final class RadarChart extends Canvas {

    RadarChart(List<String> features, double[][] z, List<String> names) {
        super(640, 540);
        GraphicsContext g = getGraphicsContext2D();
        int d = features.size();
        double cx = 360;
        double cy = 300;
        double r = 170;
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setStroke(Color.LIGHTGRAY);
        for (int ring = 1; ring <= 4; ring++) {
            double rr = r * ring / 4;
            g.setLineWidth(ring == 2 ? 1.5 : 0.7);
            g.strokeOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.BLACK);
        for (int j = 0; j < d; j++) {
            double a = -Math.PI / 2 + 2 * Math.PI * j / d;
            g.setStroke(Color.LIGHTGRAY);
            g.strokeLine(cx, cy, cx + r * Math.cos(a), cy + r * Math.sin(a));
            g.fillText(features.get(j), cx + (r + 28) * Math.cos(a), cy + (r + 16) * Math.sin(a));
        }
        for (int q = 0; q < z.length; q++) {
            Color c = ScatterCanvas.PALETTE[q % ScatterCanvas.PALETTE.length];
            double[] xs = new double[d];
            double[] ys = new double[d];
            for (int j = 0; j < d; j++) {
                double a = -Math.PI / 2 + 2 * Math.PI * j / d;
                double v = Math.max(-2, Math.min(2, z[q][j]));
                double rr = r * (v + 2) / 4;
                xs[j] = cx + rr * Math.cos(a);
                ys[j] = cy + rr * Math.sin(a);
            }
            g.setFill(c.deriveColor(0, 1, 1, 0.12));
            g.fillPolygon(xs, ys, d);
            g.setStroke(c);
            g.setLineWidth(2);
            g.strokePolygon(xs, ys, d);
        }
        g.setTextAlign(TextAlignment.LEFT);
        for (int q = 0; q < names.size(); q++) {
            g.setFill(ScatterCanvas.PALETTE[q % ScatterCanvas.PALETTE.length]);
            g.fillRect(8, 8 + q * 16, 10, 10);
            g.setFill(Color.BLACK);
            g.fillText(names.get(q), 22, 13 + q * 16);
        }
    }
}
