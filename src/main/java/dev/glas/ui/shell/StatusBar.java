package dev.glas.ui.shell;

import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.RunningTask;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Bottom bar: a status text on the left and every running task with progress and a cancel button. */
public final class StatusBar {

    private final HBox root = new HBox(12);
    private final HBox tasksBox = new HBox(16);
    private final Label status = new Label();

    public StatusBar(ObservableList<RunningTask> tasks) {
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        tasksBox.setAlignment(Pos.CENTER_RIGHT);
        status.getStyleClass().add("status-text");
        status.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(status, spacer, tasksBox);
        tasks.addListener((ListChangeListener<RunningTask>) c -> rebuild(tasks));
        rebuild(tasks);
    }

    public Label statusLabel() {
        return status;
    }

    public Node root() {
        return root;
    }

    private void rebuild(ObservableList<RunningTask> tasks) {
        tasksBox.getChildren().clear();
        for (RunningTask t : tasks) {
            tasksBox.getChildren().add(taskNode(t));
        }
    }

    private static Node taskNode(RunningTask t) {
        Label title = new Label(t.title());
        title.getStyleClass().add("task-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(140);
        bar.setMinWidth(120);
        bar.progressProperty().bind(t.progressProperty());
        Label message = new Label();
        message.getStyleClass().add("task-message");
        message.textProperty().bind(t.messageProperty());
        message.setMaxWidth(260);
        Button cancel = new Button("✕");
        cancel.getStyleClass().addAll("flat", "task-cancel");
        cancel.setTooltip(new Tooltip(Messages.get("task.cancel")));
        cancel.setAccessibleText(Messages.get("task.cancel"));
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            t.cancel();
        });
        HBox box = new HBox(6, title, bar, message, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("task-item");
        return box;
    }
}
