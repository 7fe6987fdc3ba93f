package dev.glas.ui.common;

import dev.glas.core.data.NamedSegment;
import dev.glas.core.i18n.Messages;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The list of saved segments (sidebar): double-click opens, context menu renames, deletes, exports. */
public final class SegmentListView {

    private final VBox root = new VBox(4);

    public SegmentListView(SegmentListViewModel vm) {
        root.getStyleClass().add("segment-list");
        Label header = new Label(Messages.get("segments.title"));
        header.getStyleClass().add("sidebar-section");
        ListView<NamedSegment> list = new ListView<>(vm.segments());
        list.getStyleClass().add("segment-list-view");
        Label empty = new Label(Messages.get("segments.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        VBox emptyBox = new VBox(empty);
        emptyBox.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        emptyBox.setPadding(new javafx.geometry.Insets(2, 8, 2, 8));
        list.setPlaceholder(emptyBox);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(NamedSegment item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                if (isEmpty || item == null) {
                    setText(null);
                    setTooltip(null);
                    setContextMenu(null);
                    return;
                }
                setText(vm.label(item));
                setTooltip(new Tooltip(item.selection().description()));
                MenuItem open = new MenuItem(Messages.get("segments.open"));
                open.setOnAction(e -> vm.open(item));
                MenuItem rename = new MenuItem(Messages.get("segments.rename"));
                rename.setOnAction(e -> vm.rename(item));
                MenuItem csv = new MenuItem(Messages.get("rows.export.csv"));
                csv.setOnAction(e -> vm.exportCsv(item));
                MenuItem xlsx = new MenuItem(Messages.get("rows.export.xlsx"));
                xlsx.setOnAction(e -> vm.exportXlsx(item));
                MenuItem delete = new MenuItem(Messages.get("segments.delete"));
                delete.setOnAction(e -> vm.delete(item));
                setContextMenu(new ContextMenu(open, rename, csv, xlsx, new SeparatorMenuItem(), delete));
            }
        });
        list.setOnMouseClicked(e -> {
            NamedSegment s = list.getSelectionModel().getSelectedItem();
            if (s != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(s);
            }
        });
        list.setOnKeyPressed(e -> {
            NamedSegment s = list.getSelectionModel().getSelectedItem();
            if (s == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(s);
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.delete(s);
            } else if (e.getCode() == KeyCode.F2) {
                vm.rename(s);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(header, list);
    }

    public Parent root() {
        return root;
    }
}
