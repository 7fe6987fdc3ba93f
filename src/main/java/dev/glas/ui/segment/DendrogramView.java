package dev.glas.ui.segment;

import dev.glas.core.segment.Dendrogram;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/**
 * The top of a Ward dendrogram: the last {@code top − 1} merges, with the {@code top} subtrees below them
 * drawn as leaves (as scipy's {@code truncate_mode="lastp"}). Clicking a branch opens its rows.
 */
final class DendrogramView extends Pane {

    private static final double W = 900;
    private static final double H = 360;

    DendrogramView(Dendrogram d, int top, IntConsumer onBranch) {
        int n = d.size();
        int merges = d.merges().length;
        int first = Math.max(0, merges - (top - 1));
        double maxH = d.heights()[merges - 1];
        Map<Integer, double[]> pos = new HashMap<>();
        int[] leafCounter = {0};
        int leaves = Math.min(top, n);
        place(d, n + merges - 1, first, pos, leafCounter, leaves, maxH);
        for (int m = first; m < merges; m++) {
            int id = n + m;
            double[] p = pos.get(id);
            for (int child : d.merges()[m]) {
                double[] c = pos.get(child);
                Line v = new Line(c[0], c[1], c[0], p[1]);
                Line h = new Line(c[0], p[1], p[0], p[1]);
                for (Line l : new Line[] {v, h}) {
                    l.setStrokeWidth(3);
                    l.setStroke(Color.web("#1f77b4"));
                    l.setCursor(Cursor.HAND);
                    int node = child;
                    l.setOnMouseClicked(e -> onBranch.accept(node));
                    Tooltip.install(l, new Tooltip(String.valueOf(d.rowsUnder(node).length)));
                }
                getChildren().addAll(v, h);
            }
        }
        setPrefSize(W + 40, H + 40);
    }

    private double[] place(Dendrogram d, int node, int first, Map<Integer, double[]> pos, int[] leafCounter, int leaves,
                           double maxH) {
        int n = d.size();
        boolean shownMerge = node >= n && node - n >= first;
        double[] p;
        if (!shownMerge) {
            double x = 20 + (leafCounter[0]++ + 0.5) * W / leaves;
            p = new double[] {x, 20 + H};
        } else {
            int[] m = d.merges()[node - n];
            double[] a = place(d, m[0], first, pos, leafCounter, leaves, maxH);
            double[] b = place(d, m[1], first, pos, leafCounter, leaves, maxH);
            double y = 20 + H - d.heights()[node - n] / maxH * H;
            p = new double[] {(a[0] + b[0]) / 2, y};
        }
        pos.put(node, p);
        return p;
    }
}
