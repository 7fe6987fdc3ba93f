package dev.glas.ui.segment;

import dev.glas.core.segment.ClusterTree;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/** Draws a {@link ClusterTree} top-down: split nodes show their condition, leaves the cluster and purity. */
final class TreeDiagram extends Pane {

    private static final double LEVEL = 90;
    private static final double LEAF = 150;

    private int leafCount;
    private final java.util.function.Consumer<ClusterTree.Node> onNode;

    TreeDiagram(ClusterTree tree, List<String> names) {
        this(tree, names, n -> { });
    }

    /** A click on a node box hands the node to {@code onNode} (drill-down into its rows). */
    TreeDiagram(ClusterTree tree, List<String> names, java.util.function.Consumer<ClusterTree.Node> onNode) {
        this.onNode = onNode;
        leafCount = 0;
        layout(tree, tree.root(), 0, names);
        setPrefSize(Math.max(400, leafCount * LEAF + 40), (tree.depth() + 1) * LEVEL + 60);
    }

    /** Places the subtree and returns the x centre of its root. */
    private double layout(ClusterTree tree, ClusterTree.Node node, int depth, List<String> names) {
        double y = 20 + depth * LEVEL;
        double x;
        if (node.leaf()) {
            x = 20 + leafCount++ * LEAF + LEAF / 2;
        } else {
            double l = layout(tree, node.left(), depth + 1, names);
            double r = layout(tree, node.right(), depth + 1, names);
            x = (l + r) / 2;
            for (double cx : new double[] {l, r}) {
                Line line = new Line(x, y + 36, cx, y + LEVEL);
                line.setStroke(Color.GRAY);
                getChildren().add(0, line);
            }
            Label yes = new Label("≤");
            yes.relocate((x + l) / 2 - 10, y + 50);
            Label no = new Label(">");
            no.relocate((x + r) / 2 + 4, y + 50);
            getChildren().addAll(yes, no);
        }
        String text;
        if (node.leaf()) {
            double purity = node.n() == 0 ? 0 : (double) node.counts()[node.prediction()] / node.n();
            text = names.get(node.prediction()) + String.format(Locale.ROOT, "%nn=%d, %.0f%%", node.n(), purity * 100);
        } else {
            text = tree.features().get(node.feature()) + " ≤ " + String.format(Locale.ROOT, "%.4g", node.threshold())
                    + "\nn=" + node.n();
        }
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(LEAF - 12);
        label.setStyle("-fx-background-color: " + (node.leaf() ? "#eef5ff" : "#f4f4f4")
                + "; -fx-border-color: #999; -fx-padding: 4; -fx-font-size: 11px;");
        label.setTooltip(new Tooltip(text));
        label.relocate(x - (LEAF - 12) / 2, y);
        label.setCursor(javafx.scene.Cursor.HAND);
        label.getStyleClass().add("tree-node");
        label.setOnMouseClicked(e -> onNode.accept(node));
        getChildren().add(label);
        return x;
    }
}
