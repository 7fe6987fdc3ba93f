package dev.glas.ui.segment;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Radar chart of cluster profiles: one axis per feature, the cluster's z-score on it (clamped to ±2; the
 * middle ring is the overall mean), one coloured polygon per cluster. Drawn with shapes (not a canvas), so it
 * also exports as vector SVG.
 */
final class RadarChart extends Pane {

    private static final double W = 640;
    private static final double H = 540;

    RadarChart(List<String> features, double[][] z, List<String> names) {
        int d = features.size();
        double cx = 360;
        double cy = 300;
        double r = 170;
        Rectangle background = new Rectangle(W, H, Color.WHITE);
        getChildren().add(background);
        for (int ring = 1; ring <= 4; ring++) {
            double rr = r * ring / 4;
            Circle c = new Circle(cx, cy, rr, null);
            c.setStroke(Color.LIGHTGRAY);
            c.setStrokeWidth(ring == 2 ? 1.5 : 0.7);
            getChildren().add(c);
        }
        for (int j = 0; j < d; j++) {
            double a = -Math.PI / 2 + 2 * Math.PI * j / d;
            Line spoke = new Line(cx, cy, cx + r * Math.cos(a), cy + r * Math.sin(a));
            spoke.setStroke(Color.LIGHTGRAY);
            Text label = new Text(features.get(j));
            label.setTextOrigin(VPos.CENTER);
            label.setTextAlignment(TextAlignment.CENTER);
            label.setX(cx + (r + 28) * Math.cos(a) - label.getLayoutBounds().getWidth() / 2);
            label.setY(cy + (r + 16) * Math.sin(a));
            getChildren().addAll(spoke, label);
        }
        for (int q = 0; q < z.length; q++) {
            Color c = ScatterCanvas.PALETTE[q % ScatterCanvas.PALETTE.length];
            Polygon p = new Polygon();
            for (int j = 0; j < d; j++) {
                double a = -Math.PI / 2 + 2 * Math.PI * j / d;
                double v = Math.max(-2, Math.min(2, z[q][j]));
                double rr = r * (v + 2) / 4;
                p.getPoints().addAll(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
            }
            p.setFill(c.deriveColor(0, 1, 1, 0.12));
            p.setStroke(c);
            p.setStrokeWidth(2);
            getChildren().add(p);
        }
        for (int q = 0; q < names.size(); q++) {
            Rectangle key = new Rectangle(8, 8 + q * 16, 10, 10);
            key.setFill(ScatterCanvas.PALETTE[q % ScatterCanvas.PALETTE.length]);
            Text name = new Text(22, 13 + q * 16, names.get(q));
            name.setTextOrigin(VPos.CENTER);
            getChildren().addAll(key, name);
        }
        setPrefSize(W, H);
        setMinSize(W, H);
        setMaxSize(W, H);
    }
}
