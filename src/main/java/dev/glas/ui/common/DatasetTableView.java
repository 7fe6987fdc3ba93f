package dev.glas.ui.common;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableListBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * A virtualized table over a {@link Dataset}. Items are row indices backed by an {@code int[]}; each visible
 * cell asks the dataset's column for its value, so a million rows cost no more than the cells on screen.
 * Clicking a header sorts in the background (through the ViewModel); Ctrl+C copies the selected cells as
 * TSV.
 */
public final class DatasetTableView {

    private final DatasetTableViewModel vm;
    private final TableView<Integer> table = new TableView<>();
    private boolean applyingSort;
    private final MenuItem openRowsItem = new MenuItem(Messages.get("table.open.selected"));
    private java.util.function.Consumer<int[]> onOpenRows = rows -> { };

    public DatasetTableView(DatasetTableViewModel vm) {
        this.vm = vm;
        table.getStyleClass().addAll("dataset-table", "dense");
        table.setFixedCellSize(26);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setSortPolicy(tv -> {
            if (!applyingSort) {
                requestSortFromHeader();
            }
            return true;
        });
        vm.datasetProperty().subscribe(this::rebuildColumns);
        vm.visibleRowsProperty().subscribe(this::showRows);
        KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(e -> {
            if (copy.match(e)) {
                copySelection(false);
                e.consume();
            }
        });
        MenuItem copyItem = new MenuItem(Messages.get("table.copy"));
        copyItem.setOnAction(e -> copySelection(false));
        MenuItem copyHeader = new MenuItem(Messages.get("table.copy.with.header"));
        copyHeader.setOnAction(e -> copySelection(true));
        openRowsItem.setOnAction(e -> {
            int[] rows = selectedDatasetRows();
            if (rows.length > 0) {
                onOpenRows.accept(rows);
            }
        });
        openRowsItem.setVisible(false);
        table.setContextMenu(new ContextMenu(copyItem, copyHeader, openRowsItem));
    }

    /**
     * Adds "Open selected rows" to the context menu; the handler receives the dataset row indices of the
     * selected cells' rows (ascending). Used for drill-down from the table.
     */
    public void setOnOpenRows(java.util.function.Consumer<int[]> handler) {
        onOpenRows = handler;
        openRowsItem.setVisible(true);
    }

    /** Dataset rows of the selection, ascending and unique. */
    public int[] selectedDatasetRows() {
        int[] visible = vm.visibleRows();
        TreeSet<Integer> rows = new TreeSet<>();
        for (Object o : table.getSelectionModel().getSelectedCells()) {
            int pos = ((TablePosition<?, ?>) o).getRow();
            if (pos >= 0 && pos < visible.length) {
                rows.add(visible[pos]);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Shows a new row order. TableView clears its sort order when the items list is replaced, which would
     * drop the header's sort arrow (and, through the sort policy, undo the sort): restore it without sorting.
     */
    private void showRows(int[] rows) {
        List<TableColumn<Integer, ?>> order = List.copyOf(table.getSortOrder());
        applyingSort = true;
        try {
            table.setItems(new IndexList(rows));
            table.getSortOrder().setAll(order);
        } finally {
            applyingSort = false;
        }
    }

    public TableView<Integer> node() {
        return table;
    }

    private void rebuildColumns(Dataset data) {
        applyingSort = true;
        try {
            table.getSortOrder().clear();
            table.getColumns().clear();
            if (data == null) {
                return;
            }
            TableColumn<Integer, String> number = new TableColumn<>("#");
            number.setSortable(false);
            number.setReorderable(false);
            number.getStyleClass().add("row-number");
            number.setPrefWidth(Math.max(56, 9 * String.valueOf(data.rowCount()).length() + 20));
            number.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(String.valueOf(f.getValue() + 1)));
            table.getColumns().add(number);
            for (String name : data.columnNames()) {
                ColumnType type = data.type(name);
                TableColumn<Integer, String> col = new TableColumn<>();
                Label header = new Label(name);
                header.setTooltip(new Tooltip(name + " — " + Messages.get(type.messageKey())));
                col.setGraphic(header);
                col.setUserData(name);
                col.setPrefWidth(initialWidth(data, name));
                col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(vm.cell(name, f.getValue())));
                if (type.isNumeric()) {
                    col.setCellFactory(c -> new AlignedCell("numeric-cell"));
                } else {
                    col.setCellFactory(c -> new AlignedCell(null));
                }
                table.getColumns().add(col);
            }
        } finally {
            applyingSort = false;
        }
    }

    /** A width that fits the header and typical values (sampled from up to 200 rows across the table). */
    private double initialWidth(Dataset data, String name) {
        int longest = name.length() + 2;
        int n = data.rowCount();
        int step = Math.max(1, n / 200);
        for (int r = 0; r < n; r += step) {
            longest = Math.max(longest, vm.cell(name, r).length());
        }
        return Math.clamp(longest * 7.5 + 28, 70, 340);
    }

    private void requestSortFromHeader() {
        if (table.getSortOrder().isEmpty()) {
            if (vm.sortColumnProperty().get() != null) {
                vm.sort(null, true);
            }
            return;
        }
        TableColumn<Integer, ?> col = table.getSortOrder().getFirst();
        String name = (String) col.getUserData();
        boolean asc = col.getSortType() == TableColumn.SortType.ASCENDING;
        if (name != null && (!name.equals(vm.sortColumnProperty().get()) || asc != vm.sortAscendingProperty().get())) {
            vm.sort(name, asc);
        }
    }

    /** Copies the selected cells (rectangle spanning the selection) as TSV. */
    public void copySelection(boolean withHeader) {
        @SuppressWarnings("rawtypes")
        List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        if (cells.isEmpty()) {
            return;
        }
        TreeSet<Integer> rows = new TreeSet<>();
        TreeSet<Integer> colIdx = new TreeSet<>();
        for (TablePosition<?, ?> p : cells) {
            rows.add(p.getRow());
            if (p.getTableColumn() != null && p.getTableColumn().getUserData() != null) {
                colIdx.add(table.getVisibleLeafColumns().indexOf(p.getTableColumn()));
            }
        }
        List<String> columns = new ArrayList<>();
        for (int i : colIdx) {
            columns.add((String) table.getVisibleLeafColumn(i).getUserData());
        }
        if (columns.isEmpty()) {
            return;
        }
        int[] positions = rows.stream().mapToInt(Integer::intValue).toArray();
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.toTsv(positions, columns, withHeader));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static final class AlignedCell extends TableCell<Integer, String> {
        AlignedCell(String styleClass) {
            if (styleClass != null) {
                getStyleClass().add(styleClass);
            }
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    /** A read-only list of row indices over an int array (no boxing of the whole array). */
    static final class IndexList extends ObservableListBase<Integer> {
        private final int[] rows;

        IndexList(int[] rows) {
            this.rows = rows == null ? new int[0] : rows;
        }

        @Override
        public Integer get(int index) {
            return rows[index];
        }

        @Override
        public int size() {
            return rows.length;
        }
    }
}
