package dev.glas.ui.data;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.ImportSettings;
import dev.glas.core.data.Preview;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.Buttons;
import dev.glas.ui.common.Theme;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The import preview dialog: detected settings (delimiter, encoding, header, decimal comma, Excel sheet), each
 * editable with a live refresh, the first rows, and a type picker above every column.
 */
public final class ImportPreviewDialog {

    private final ImportViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType readButton = new ButtonType(Messages.get("dataview.import.read"), ButtonBar.ButtonData.OK_DONE);
    private final TableView<List<String>> table = new TableView<>();
    private final ComboBox<Character> delimiter = new ComboBox<>();
    private final ComboBox<String> encoding = new ComboBox<>();
    private final CheckBox header = new CheckBox(Messages.get("dataview.import.header"));
    private final CheckBox decimalComma = new CheckBox(Messages.get("dataview.import.decimal.comma"));
    private final ComboBox<String> sheet = new ComboBox<>();
    private boolean updating;

    public ImportPreviewDialog(ImportViewModel vm, Window owner) {
        this.vm = vm;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("dataview.import.title", vm.file().getFileName()));
        dialog.setResizable(true);

        Label file = new Label(vm.file().toString());
        file.getStyleClass().add("hint");
        file.setMinWidth(0);

        delimiter.getItems().setAll(ImportViewModel.DELIMITERS);
        delimiter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character c) {
                return c == null ? "" : ImportViewModel.delimiterLabel(c);
            }

            @Override
            public Character fromString(String s) {
                return null;
            }
        });
        delimiter.setOnAction(e -> {
            if (!updating && delimiter.getValue() != null) {
                vm.setDelimiter(delimiter.getValue());
            }
        });
        encoding.getItems().setAll(ImportViewModel.ENCODINGS);
        encoding.setOnAction(e -> {
            if (!updating && encoding.getValue() != null) {
                vm.setEncoding(encoding.getValue());
            }
        });
        header.setOnAction(e -> vm.setHeader(header.isSelected()));
        decimalComma.setOnAction(e -> vm.setDecimalComma(decimalComma.isSelected()));
        sheet.setItems(vm.sheets());
        sheet.setOnAction(e -> {
            if (!updating && sheet.getValue() != null) {
                vm.setSheet(sheet.getValue());
            }
        });

        HBox delimiterBox = labeled("dataview.import.delimiter", delimiter);
        HBox encodingBox = labeled("dataview.import.encoding", encoding);
        HBox sheetBox = labeled("dataview.import.sheet", sheet);
        FlowPane settingsRow = new FlowPane(18, 8, delimiterBox, encodingBox, header, decimalComma, sheetBox);
        settingsRow.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label error = new Label();
        error.getStyleClass().add("danger-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        Label hint = new Label(Messages.get("dataview.import.hint", ImportViewModel.PREVIEW_ROWS));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox status = new HBox(8, busy, hint);
        status.setAlignment(Pos.CENTER_LEFT);

        table.setPlaceholder(new Label(Messages.get("dataview.import.reading")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getStyleClass().addAll("dense", "import-preview-table");
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox content = new VBox(10, file, settingsRow, error, status, table);
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefSize(1000, 560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(readButton, Buttons.cancel());
        dialog.getDialogPane().setPrefSize(1040, 660);
        dialog.getDialogPane().setMinSize(760, 480);
        // the FlowPane of settings makes the pane's computed width collapse to its minimum: size the window
        dialog.setOnShown(e -> {
            if (dialog.getWidth() < 1040) {
                dialog.setWidth(1040);
            }
        });
        Button read = (Button) dialog.getDialogPane().lookupButton(readButton);
        read.getStyleClass().add("accent");
        read.disableProperty().bind(vm.canReadBinding().not());
        Theme.apply(dialog.getDialogPane());

        vm.settingsProperty().subscribe(s -> {
            showSettings(s);
            delimiterBox.setVisible(vm.isText());
            delimiterBox.setManaged(vm.isText());
            encodingBox.setVisible(vm.isText());
            encodingBox.setManaged(vm.isText());
            decimalComma.setVisible(vm.isText());
            decimalComma.setManaged(vm.isText());
            sheetBox.setVisible(vm.isExcel());
            sheetBox.setManaged(vm.isExcel());
        });
        vm.previewProperty().subscribe(this::showPreview);
    }

    private static HBox labeled(String key, javafx.scene.Node control) {
        Label l = new Label(Messages.get(key));
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void showSettings(ImportSettings s) {
        if (s == null) {
            return;
        }
        updating = true;
        try {
            if (!delimiter.getItems().contains(s.delimiter())) {
                delimiter.getItems().add(s.delimiter());
            }
            delimiter.setValue(s.delimiter());
            String enc = s.encoding().name();
            if (!encoding.getItems().contains(enc)) {
                encoding.getItems().add(enc);
            }
            encoding.setValue(enc);
            header.setSelected(s.header());
            decimalComma.setSelected(s.decimalComma());
            sheet.setValue(s.sheet());
        } finally {
            updating = false;
        }
    }

    private void showPreview(Preview p) {
        table.getColumns().clear();
        if (p == null) {
            table.getItems().clear();
            return;
        }
        for (int i = 0; i < p.columns().size(); i++) {
            int index = i;
            String name = p.columns().get(i);
            TableColumn<List<String>, String> col = new TableColumn<>();
            Label title = new Label(name);
            title.getStyleClass().add("preview-column-name");
            ComboBox<ColumnType> type = new ComboBox<>();
            type.getItems().setAll(ColumnType.values());
            type.setValue(p.types().get(i));
            type.setConverter(new StringConverter<>() {
                @Override
                public String toString(ColumnType t) {
                    return t == null ? "" : Messages.get(t.messageKey());
                }

                @Override
                public ColumnType fromString(String s) {
                    return null;
                }
            });
            type.getStyleClass().add("small");
            type.setMaxWidth(Double.MAX_VALUE);
            type.setOnAction(e -> vm.setType(name, type.getValue()));
            VBox graphic = new VBox(4, title, type);
            graphic.setPadding(new Insets(2, 0, 2, 0));
            col.setGraphic(graphic);
            col.setSortable(false);
            col.setPrefWidth(Math.clamp(name.length() * 8L + 40, 170, 260));
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                    index < f.getValue().size() ? f.getValue().get(index) : ""));
            table.getColumns().add(col);
        }
        table.getItems().setAll(p.rows());
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Shows the dialog and waits; the settings to read with, or empty when cancelled. */
    public Optional<ImportSettings> showAndWait() {
        return dialog.showAndWait().filter(b -> b == readButton).map(b -> vm.result());
    }
}
