package dev.glas.ui.data;

import dev.glas.core.report.ResultTables;
import dev.glas.ui.common.Exports;
import dev.glas.core.data.ColumnProfile;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.DatasetProfile;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.ChartSupport;
import dev.glas.ui.common.DatasetTableView;
import dev.glas.ui.common.RowsView;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Data page: the table over the current dataset and the profile panel of its columns. */
public final class DataView {

    private final DataViewModel vm;
    private final StackPane root = new StackPane();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final ListView<ColumnProfile> columns = new ListView<>();
    private final VBox details = new VBox(10);
    private final DatasetTableView tableView;

    public DataView(DataViewModel vm, Runnable openFile) {
        this.vm = vm;
        root.getStyleClass().add("data-view");
        tableView = new DatasetTableView(vm.table());
        Node empty = emptyState(openFile);
        Node content = content(openFile);
        vm.table().datasetProperty().subscribe(d -> {
            empty.setVisible(d == null);
            content.setVisible(d != null);
            showHeader(d);
        });
        root.getChildren().addAll(empty, content);
        vm.profileProperty().subscribe(this::showProfile);
        vm.selectedProperty().subscribe(this::showDetails);
    }

    public Node root() {
        return root;
    }

    public DatasetTableView tableView() {
        return tableView;
    }

    private Node emptyState(Runnable openFile) {
        Label t = new Label(Messages.get("nav.data"));
        t.getStyleClass().add("page-title");
        Label d = new Label(Messages.get("nav.data.description"));
        d.setWrapText(true);
        d.getStyleClass().add("page-description");
        Button open = new Button(Messages.get("start.open"));
        open.getStyleClass().addAll("accent", "large");
        open.setOnAction(e -> openFile.run());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(28, 28);
        loading.visibleProperty().bind(vm.loadingProperty());
        HBox actions = new HBox(12, open, loading);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(14, t, d, actions);
        box.setPadding(new Insets(32, 40, 32, 40));
        box.setMaxWidth(760);
        BorderPane pane = new BorderPane();
        pane.setTop(box);
        return pane;
    }

    private Node content(Runnable openFile) {
        title.getStyleClass().add("view-title");
        subtitle.getStyleClass().add("view-subtitle");
        subtitle.setMinWidth(0);
        var filter = RowsView.quickFilter(vm.table());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(vm.table().busyProperty().or(vm.loadingProperty()));
        Label summary = new Label();
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(vm.table().summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button(Messages.get("menu.open"));
        open.setOnAction(e -> openFile.run());
        Button rows = new Button(Messages.get("dataview.open.rows"));
        rows.setTooltip(new Tooltip(Messages.get("dataview.open.rows.tooltip")));
        rows.setOnAction(e -> vm.openVisibleRows());
        HBox toolbar = new HBox(10, filter, busy, summary, spacer, rows, open);
        toolbar.getStyleClass().add("tool-bar-row");
        VBox header = new VBox(2, title, subtitle, toolbar);
        header.getStyleClass().add("view-header");

        TableView<Integer> table = tableView.node();
        tableView.setOnOpenRows(vm::openRows);
        table.getFocusModel().focusedCellProperty().addListener((o, a, pos) -> {
            if (pos != null && pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof String c) {
                vm.selectColumn(c);
            }
        });

        SplitPane split = new SplitPane(table, profilePanel());
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        BorderPane pane = new BorderPane(split);
        pane.setTop(header);
        return pane;
    }

    private Node profilePanel() {
        Label heading = new Label(Messages.get("dataview.profile.title"));
        heading.getStyleClass().add("section-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(vm.profilingProperty());
        HBox head = new HBox(8, heading, busy);
        head.setAlignment(Pos.CENTER_LEFT);
        columns.getStyleClass().addAll("dense", "profile-columns");
        Exports.table(columns, Messages.get("dataview.profile.title"), () -> ResultTables.columnProfile(Messages.get("dataview.profile.title"), vm.profileProperty().get()));
        columns.setPrefHeight(210);
        columns.setMinHeight(120);
        columns.setPlaceholder(new Label(Messages.get("dataview.profile.computing")));
        columns.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ColumnProfile c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(null);
                Label name = new Label(c.name());
                name.setMinWidth(0);
                name.getStyleClass().add("column-name");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label type = new Label(Messages.get(c.type().messageKey()));
                type.getStyleClass().add("hint");
                type.setMinWidth(Region.USE_PREF_SIZE);
                Label missing = new Label(Messages.get("dataview.profile.missing.short", c.missingPercent()));
                missing.getStyleClass().add(c.missing() > 0 ? "warning-text" : "hint");
                missing.setMinWidth(Region.USE_PREF_SIZE);
                HBox row = new HBox(8, name, gap, type, missing);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });
        columns.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                vm.selectColumn(c.name());
            }
        });
        ScrollPane detailScroll = new ScrollPane(details);
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("page-scroll");
        details.setPadding(new Insets(4, 12, 12, 2));
        VBox.setVgrow(detailScroll, Priority.ALWAYS);
        VBox panel = new VBox(8, head, columns, detailScroll);
        panel.setPadding(new Insets(8, 4, 0, 12));
        panel.setMinWidth(300);
        panel.getStyleClass().add("profile-panel");
        return panel;
    }

    private void showHeader(Dataset d) {
        if (d == null) {
            title.setText("");
            subtitle.setText("");
            return;
        }
        title.setText(d.name());
        subtitle.setText(d.source() == null ? Messages.get("dataview.subtitle.sample")
                : d.source().toAbsolutePath().toString());
    }

    private void showProfile(DatasetProfile p) {
        columns.getItems().setAll(p == null ? List.of() : p.columns());
        if (p == null) {
            details.getChildren().clear();
        }
    }

    private void showDetails(ColumnProfile c) {
        details.getChildren().clear();
        if (c == null) {
            return;
        }
        if (columns.getSelectionModel().getSelectedItem() != c) {
            columns.getSelectionModel().select(c);
            columns.scrollTo(c);
        }
        Label name = new Label(c.name());
        name.getStyleClass().add("profile-column-title");
        name.setWrapText(true);
        GridPane grid = new GridPane(16, 4);
        int row = 0;
        for (DataViewModel.Stat s : vm.stats(c)) {
            Label l = new Label(s.label());
            l.getStyleClass().add("hint");
            Label v = new Label(s.value());
            v.getStyleClass().add("stat-value");
            v.setWrapText(true);
            grid.addRow(row++, l, v);
        }
        details.getChildren().addAll(name, grid);
        if (c.missing() > 0) {
            Hyperlink missing = new Hyperlink(Messages.get("dataview.profile.show.missing", c.missing()));
            missing.setOnAction(e -> vm.drillMissing(c));
            details.getChildren().add(missing);
        }
        List<DataViewModel.Bar> bars = vm.bars(c);
        if (!bars.isEmpty()) {
            Label chartTitle = new Label(Messages.get(c.histogram() != null
                    ? "dataview.chart.histogram" : "dataview.chart.top"));
            chartTitle.getStyleClass().add("section-title");
            Label hint = new Label(Messages.get("dataview.chart.hint"));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            Node chart = c.histogram() != null ? histogram(bars) : topValues(bars);
            ChartSupport.installPngExport(chart);
            details.getChildren().addAll(chartTitle, chart, hint);
        }
    }

    private Node histogram(List<DataViewModel.Bar> bars) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.get("dataview.chart.rows"));
        y.setTickLabelFormatter(countFormat());
        x.setTickLabelRotation(-60);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(1);
        chart.setBarGap(0);
        chart.setPrefHeight(300);
        chart.setMinHeight(260);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        Set<String> used = new HashSet<>();
        for (DataViewModel.Bar b : bars) {
            String label = b.label();
            while (!used.add(label)) {
                label = label + " ";
            }
            series.getData().add(new XYChart.Data<>(label, b.count()));
        }
        chart.getData().add(series);
        makeClickable(series, bars);
        chart.getStyleClass().add("profile-chart");
        return chart;
    }

    private Node topValues(List<DataViewModel.Bar> bars) {
        NumberAxis x = new NumberAxis();
        x.setLabel(Messages.get("dataview.chart.rows"));
        x.setTickLabelFormatter(countFormat());
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(4);
        chart.setPrefHeight(Math.max(180, 30 * bars.size() + 70));
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        Set<String> used = new HashSet<>();
        for (int i = bars.size() - 1; i >= 0; i--) {
            String label = shorten(bars.get(i).label());
            while (!used.add(label)) {
                label = label + " ";
            }
            series.getData().add(new XYChart.Data<>(bars.get(i).count(), label));
        }
        chart.getData().add(series);
        List<DataViewModel.Bar> reversed = new java.util.ArrayList<>(bars);
        java.util.Collections.reverse(reversed);
        makeClickable(series, reversed);
        y.setSide(Side.LEFT);
        chart.getStyleClass().add("profile-chart");
        return chart;
    }

    private static javafx.util.StringConverter<Number> countFormat() {
        java.text.NumberFormat f = java.text.NumberFormat.getIntegerInstance(Messages.locale());
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                // only whole counts get a label (auto-ranged axes of small counts have ticks at 0.2, 0.4, …)
                return n == null || n.doubleValue() != Math.rint(n.doubleValue()) ? "" : f.format(n);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        };
    }

    private static String shorten(String s) {
        return s.length() > 28 ? s.substring(0, 27) + "…" : s;
    }

    private static <X, Y> void makeClickable(XYChart.Series<X, Y> series, List<DataViewModel.Bar> bars) {
        for (int i = 0; i < series.getData().size(); i++) {
            DataViewModel.Bar bar = bars.get(i);
            Node node = series.getData().get(i).getNode();
            if (node == null) {
                continue;
            }
            node.setCursor(Cursor.HAND);
            Tooltip.install(node, new Tooltip(Messages.get("dataview.chart.bar.tooltip", bar.label(), bar.count())));
            node.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    bar.drill().run();
                }
            });
        }
    }
}
