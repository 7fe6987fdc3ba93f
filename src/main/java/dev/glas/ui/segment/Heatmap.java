package dev.glas.ui.segment;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A clickable heatmap grid: diverging colours (blue below zero, red above) for z-scores, or a sequential
 * scale for counts. Each cell calls the handler with (row, column).
 */
public final class Heatmap extends GridPane {

    private static final double W = 92;
    private static final double H = 30;

    public Heatmap(List<String> rows, List<String> columns, double[][] values, boolean diverging,
                   java.util.function.DoubleFunction<String> format, BiConsumer<Integer, Integer> onClick) {
        setHgap(2);
        setVgap(2);
        double max = 0;
        for (double[] r : values) {
            for (double v : r) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        // z-scores saturate at |z| = 2 so that one extreme cell does not wash out the others
        double scale = diverging ? 2.0 : (max == 0 ? 1 : max);
        for (int c = 0; c < columns.size(); c++) {
            Label h = new Label(columns.get(c));
            h.setMaxWidth(W);
            h.setTooltip(new Tooltip(columns.get(c)));
            h.setFont(Font.font(null, FontWeight.BOLD, 11));
            add(h, c + 1, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            Label rl = new Label(rows.get(r));
            rl.setMaxWidth(220);
            rl.setTooltip(new Tooltip(rows.get(r)));
            add(rl, 0, r + 1);
            for (int c = 0; c < columns.size(); c++) {
                double v = values[r][c];
                double t = Double.isFinite(v) ? Math.min(1, Math.abs(v) / scale) : 0;
                Color fill = diverging ? (v >= 0 ? Color.WHITE.interpolate(Color.web("#d62728"), t)
                        : Color.WHITE.interpolate(Color.web("#1f77b4"), t))
                        : Color.WHITE.interpolate(Color.web("#2c7fb8"), t);
                Rectangle rect = new Rectangle(W, H, fill);
                Label text = new Label(format.apply(v));
                text.setTextFill(t > 0.6 ? Color.WHITE : Color.BLACK);
                StackPane cell = new StackPane(rect, text);
                cell.setAlignment(Pos.CENTER);
                cell.setCursor(Cursor.HAND);
                cell.getStyleClass().add("heatmap-cell");
                int rr = r;
                int cc = c;
                Tooltip.install(cell, new Tooltip(rows.get(r) + " × " + columns.get(c) + ": " + format.apply(v)));
                cell.setOnMouseClicked(e -> onClick.accept(rr, cc));
                add(cell, c + 1, r + 1);
            }
        }
    }
}
