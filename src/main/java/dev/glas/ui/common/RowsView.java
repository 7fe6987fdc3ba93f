package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/** The drill-down window: the selected rows in a table, with save-as-segment and export. */
public final class RowsView {

    private final BorderPane root = new BorderPane();

    public RowsView(RowsViewModel vm) {
        root.getStyleClass().add("rows-view");
        Label title = new Label(vm.title());
        title.getStyleClass().add("view-title");
        title.setWrapText(true);
        Label subtitle = new Label(vm.subtitle());
        subtitle.getStyleClass().add("view-subtitle");

        TextField filter = quickFilter(vm.table());
        Button save = new Button(Messages.get("rows.save.segment"));
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.saveAsSegment());
        Button csv = new Button(Messages.get("rows.export.csv"));
        csv.setOnAction(e -> vm.exportCsv());
        Button xlsx = new Button(Messages.get("rows.export.xlsx"));
        xlsx.setOnAction(e -> vm.exportXlsx());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(vm.table().busyProperty());
        HBox toolbar = new HBox(8, filter, busy, spacer, save, csv, xlsx);
        toolbar.getStyleClass().add("tool-bar-row");

        VBox top = new VBox(4, title, subtitle, toolbar);
        top.getStyleClass().add("view-header");
        root.setTop(top);
        DatasetTableView table = new DatasetTableView(vm.table());
        root.setCenter(table.node());
        // focus the table, not the filter: the filter's prompt text stays visible as a hint
        table.node().sceneProperty().subscribe(sc -> {
            if (sc != null) {
                javafx.application.Platform.runLater(table.node()::requestFocus);
            }
        });
        Label summary = new Label();
        summary.textProperty().bind(vm.table().summaryProperty());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, summary, gap, status);
        bottom.getStyleClass().add("view-footer");
        root.setBottom(bottom);
    }

    public Parent root() {
        return root;
    }

    /** Opens the drill-down in its own window. */
    public static Stage show(RowsViewModel vm, Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(vm.title());
        stage.setScene(Theme.apply(new Scene(new RowsView(vm).root(), 1000, 640)));
        stage.show();
        return stage;
    }

    /** A search field that filters the table 300 ms after the last keystroke. */
    public static TextField quickFilter(DatasetTableViewModel table) {
        TextField filter = new TextField();
        filter.setPromptText(Messages.get("table.filter.prompt"));
        filter.setPrefColumnCount(24);
        filter.getStyleClass().add("quick-filter");
        PauseTransition debounce = new PauseTransition(Duration.millis(300));
        debounce.setOnFinished(e -> table.filter(filter.getText()));
        filter.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        filter.setOnAction(e -> {
            debounce.stop();
            table.filter(filter.getText());
        });
        table.filterTextProperty().subscribe(t -> {
            if (!t.equals(filter.getText()) && t.isEmpty()) {
                filter.clear();
            }
        });
        return filter;
    }
}
