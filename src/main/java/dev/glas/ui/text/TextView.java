package dev.glas.ui.text;

import dev.glas.core.report.ResultTables;
import dev.glas.ui.common.Exports;
import dev.glas.core.i18n.Messages;
import dev.glas.core.text.Evaluation;
import dev.glas.core.text.TextClassification;
import dev.glas.core.text.TextClustering;
import dev.glas.core.text.TextDashboard;
import dev.glas.ui.common.ChartSupport;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Texts page: wiring of {@link TextViewModel} to controls and charts only. */
public final class TextView {

    private final TextViewModel vm;
    private final TabPane root = new TabPane();
    private final BarChart<String, Number> distribution = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final GridPane heatmap = new GridPane();
    private final GridPane breakdown = new GridPane();
    private final LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final ScatterChart<Number, Number> map = new ScatterChart<>(new NumberAxis(), new NumberAxis());
    private final TextArea evaluation = new TextArea();

    public TextView(TextViewModel vm) {
        this.vm = vm;
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getTabs().addAll(new Tab(Messages.get("text.tab.models"), modelsTab()),
                new Tab(Messages.get("text.tab.classify"), classifyTab()),
                new Tab(Messages.get("text.tab.themes"), themesTab()),
                new Tab(Messages.get("text.tab.dashboard"), dashboardTab()));
    }

    public Parent root() {
        return root;
    }

    private static Label message(TextViewModel vm) {
        Label l = new Label();
        l.setWrapText(true);
        l.textProperty().bind(vm.messageProperty());
        return l;
    }

    private static Button button(String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static VBox page(Node... children) {
        VBox box = new VBox(10, children);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node modelsTab() {
        ListView<TextViewModel.ModelItem> list = new ListView<>(vm.models());
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TextViewModel.ModelItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + " — " + item.description());
                setWrapText(true);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedModelProperty().set(b));
        vm.selectedModelProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(Messages.get("text.models.hint"));
        hint.setWrapText(true);
        return page(hint, new HBox(8, button("text.models.add", vm::addModelFolder),
                button("text.models.open", vm::loadGlasModel), button("text.models.save", vm::saveSelectedModel)),
                list, message(vm));
    }

    private Node classifyTab() {
        ComboBox<String> text = combo(vm.textColumns(), vm.textColumnProperty());
        ComboBox<String> label = new ComboBox<>();
        label.setItems(vm.categoryColumns());
        label.valueProperty().bindBidirectional(vm.labelColumnProperty());
        label.setPromptText(Messages.get("text.label.none"));
        ComboBox<TextViewModel.ModelItem> model = new ComboBox<>(vm.models());
        model.valueProperty().bindBidirectional(vm.selectedModelProperty());
        Button classify = button("text.classify.run", vm::classify);
        Button train = button("text.train.run", vm::trainTfidf);
        Button clearLabel = button("text.label.clear", () -> vm.labelColumnProperty().set(null));
        classify.disableProperty().bind(vm.busyProperty());
        train.disableProperty().bind(vm.busyProperty());
        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label(Messages.get("text.column.text")), text);
        form.addRow(1, new Label(Messages.get("text.column.label")), new HBox(6, label, clearLabel));
        form.addRow(2, new Label(Messages.get("text.column.model")), model);
        evaluation.setEditable(false);
        evaluation.setPrefRowCount(12);
        evaluation.setStyle("-fx-font-family: monospace;");
        vm.lastClassificationProperty().subscribe(r -> evaluation.setText(format(r)));
        Exports.table(evaluation, Messages.get("text.tab.classify"), () -> ResultTables.textClassification(Messages.get("text.tab.classify"), vm.lastClassificationProperty().get()));
        VBox.setVgrow(evaluation, Priority.ALWAYS);
        Label hint = new Label(Messages.get("text.classify.hint"));
        hint.setWrapText(true);
        return page(hint, form, new HBox(8, classify, train), message(vm), evaluation);
    }

    static String format(TextClassification.Result r) {
        if (r == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.get("text.result.counts")).append('\n');
        r.labelCounts().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-24s %8d%n", k, v)));
        Evaluation e = r.evaluation();
        if (e != null) {
            sb.append('\n').append(Messages.get("text.result.f1", String.format(Locale.ROOT, "%.3f", e.macroF1()))).append('\n');
            for (int i = 0; i < e.labels().size(); i++) {
                sb.append(String.format(Locale.ROOT, "  %-24s F1 %.3f  n=%d%n", e.labels().get(i), e.f1()[i], e.support()[i]));
            }
            sb.append('\n').append(Messages.get("text.result.confusion")).append('\n');
            for (int i = 0; i < e.labels().size(); i++) {
                sb.append(String.format(Locale.ROOT, "  %-16s", e.labels().get(i)));
                for (int j = 0; j < e.labels().size(); j++) {
                    sb.append(String.format(Locale.ROOT, " %6d", e.confusion()[i][j]));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private Node themesTab() {
        Spinner<Integer> kMin = new Spinner<>(2, 50, vm.kMinProperty().get());
        Spinner<Integer> kMax = new Spinner<>(2, 50, vm.kMaxProperty().get());
        kMin.valueProperty().addListener((o, a, b) -> vm.kMinProperty().set(b));
        kMax.valueProperty().addListener((o, a, b) -> vm.kMaxProperty().set(b));
        vm.kMinProperty().addListener((o, a, b) -> kMin.getValueFactory().setValue(b.intValue()));
        vm.kMaxProperty().addListener((o, a, b) -> kMax.getValueFactory().setValue(b.intValue()));
        ComboBox<TextViewModel.ModelItem> encoder = new ComboBox<>();
        encoder.setItems(vm.models().filtered(m -> m.folder() != null));
        encoder.valueProperty().bindBidirectional(vm.clusterEncoderProperty());
        encoder.setPromptText(Messages.get("text.cluster.tfidf"));
        Button run = button("text.cluster.run", vm::cluster);
        run.disableProperty().bind(vm.busyProperty());
        TableView<TextViewModel.ThemeRow> table = new TableView<>(vm.themes());
        Exports.table(table, Messages.get("text.tab.themes"));
        table.setEditable(true);
        TableColumn<TextViewModel.ThemeRow, String> name = new TableColumn<>(Messages.get("text.theme.name"));
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(e -> vm.renameTheme(e.getTablePosition().getRow(), e.getNewValue()));
        name.setPrefWidth(200);
        TableColumn<TextViewModel.ThemeRow, Number> size = new TableColumn<>(Messages.get("text.theme.size"));
        size.setCellValueFactory(c -> new javafx.beans.property.SimpleIntegerProperty(c.getValue().cluster().size()));
        TableColumn<TextViewModel.ThemeRow, String> kw = new TableColumn<>(Messages.get("text.theme.keywords"));
        kw.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().keywords()));
        kw.setPrefWidth(420);
        table.getColumns().add(name);
        table.getColumns().add(size);
        table.getColumns().add(kw);
        ListView<String> examples = new ListView<>();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                examples.getItems().setAll(b == null ? java.util.List.of() : b.cluster().examples()));
        Button open = button("text.theme.open", () -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.openTheme(i);
            }
        });
        ListView<TextClustering.DuplicateGroup> dups = new ListView<>();
        dups.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TextClustering.DuplicateGroup g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : "×" + g.rows().length + "  " + g.text());
            }
        });
        dups.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && dups.getSelectionModel().getSelectedItem() != null) {
                vm.openDuplicates(dups.getSelectionModel().getSelectedItem());
            }
        });
        map.setTitle(Messages.get("text.theme.map"));
        map.setLegendVisible(true);
        map.setAnimated(false);
        ChartSupport.installPngExport(map);
        // subscribe runs at once with the current value too: a view rebuilt on a language change shows the results
        vm.clusteringProperty().subscribe(r -> {
            dups.getItems().setAll(r == null ? java.util.List.of() : r.duplicates());
            drawMap(r);
        });
        vm.themes().addListener((ListChangeListener<TextViewModel.ThemeRow>) c -> drawMap(vm.clusteringProperty().get()));
        examples.setPrefHeight(140);
        dups.setPrefHeight(120);
        VBox left = new VBox(8, table, new Label(Messages.get("text.theme.examples")), examples, open,
                new Label(Messages.get("text.duplicates")), dups);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox body = new HBox(10, left, map);
        HBox.setHgrow(map, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label(Messages.get("text.cluster.k")), kMin, new Label("…"), kMax,
                new Label(Messages.get("text.cluster.encoder")), encoder, run);
        controls.setAlignment(Pos.CENTER_LEFT);
        return page(controls, message(vm), body);
    }

    private void drawMap(TextClustering.Result r) {
        map.getData().clear();
        if (r == null) {
            return;
        }
        int n = r.assignment().length;
        int step = Math.max(1, n / 5000);
        for (int t = 0; t < r.clusters().size(); t++) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(t < vm.themes().size() ? vm.themes().get(t).nameProperty().get() : String.valueOf(t + 1));
            for (int i = 0; i < n; i += step) {
                if (r.assignment()[i] == t) {
                    s.getData().add(new XYChart.Data<>(r.x()[i], r.y()[i]));
                }
            }
            map.getData().add(s);
            int theme = t;
            for (XYChart.Data<Number, Number> d : s.getData()) {
                if (d.getNode() != null) {
                    d.getNode().setOnMouseClicked(e -> vm.openTheme(theme));
                }
            }
        }
    }

    private Node dashboardTab() {
        ComboBox<String> label = combo(vm.categoryColumns(), vm.dashboardLabelProperty());
        ComboBox<String> rows = combo(vm.categoryColumns(), vm.heatRowsProperty());
        ComboBox<String> cols = combo(vm.categoryColumns(), vm.heatColumnsProperty());
        ComboBox<String> by = combo(vm.categoryColumns(), vm.breakdownColumnProperty());
        distribution.setLegendVisible(false);
        distribution.setAnimated(false);
        distribution.setTitle(Messages.get("text.dash.distribution"));
        trend.setAnimated(false);
        trend.setTitle(Messages.get("text.dash.trend"));
        ChartSupport.installPngExport(distribution);
        ChartSupport.installPngExport(trend);
        ChartSupport.installPngExport(heatmap);
        ChartSupport.installPngExport(breakdown);
        vm.distribution().addListener((ListChangeListener<TextDashboard.Cell>) c -> drawDistribution());
        vm.heatmapProperty().subscribe(b -> drawTable(heatmap, b));
        vm.breakdownProperty().subscribe(b -> drawTable(breakdown, b));
        vm.trendProperty().subscribe(this::drawTrend);
        drawDistribution();
        trend.visibleProperty().bind(Bindings.isNotNull(vm.trendProperty()));
        trend.managedProperty().bind(trend.visibleProperty());
        HBox top = new HBox(8, new Label(Messages.get("text.dash.label")), label,
                new Label(Messages.get("text.dash.heatmap")), rows, new Label("×"), cols,
                new Label(Messages.get("text.dash.by")), by);
        top.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("text.dash.hint"));
        VBox content = new VBox(12, top, hint, distribution, new Label(Messages.get("text.dash.heatmap")), heatmap,
                new Label(Messages.get("text.dash.breakdown")), breakdown, trend);
        content.setPadding(new Insets(12));
        distribution.setPrefHeight(300);
        trend.setPrefHeight(300);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return new BorderPane(scroll);
    }

    private static ComboBox<String> combo(javafx.collections.ObservableList<String> items,
                                          javafx.beans.property.StringProperty value) {
        ComboBox<String> c = new ComboBox<>(items);
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    private void drawDistribution() {
        distribution.getData().clear();
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (TextDashboard.Cell c : vm.distribution()) {
            s.getData().add(new XYChart.Data<>(c.row(), c.count()));
        }
        distribution.getData().add(s);
        for (int i = 0; i < s.getData().size(); i++) {
            TextDashboard.Cell cell = vm.distribution().get(i);
            whenNode(s.getData().get(i), n -> n.setOnMouseClicked(e -> vm.openCell(cell)));
        }
    }

    private static <X, Y> void whenNode(XYChart.Data<X, Y> d, Consumer<Node> action) {
        if (d.getNode() != null) {
            action.accept(d.getNode());
        } else {
            d.nodeProperty().addListener((o, a, b) -> {
                if (b != null) {
                    action.accept(b);
                }
            });
        }
    }

    private void drawTable(GridPane grid, TextDashboard.Crosstab t) {
        grid.getChildren().clear();
        if (t == null) {
            return;
        }
        grid.setHgap(2);
        grid.setVgap(2);
        grid.add(new Label(t.rowColumn() + " \\ " + t.columnColumn()), 0, 0);
        for (int j = 0; j < t.columnLabels().size(); j++) {
            grid.add(new Label(t.columnLabels().get(j)), j + 1, 0);
        }
        double max = Math.max(1, t.max());
        for (int i = 0; i < t.rowLabels().size(); i++) {
            grid.add(new Label(t.rowLabels().get(i)), 0, i + 1);
            for (int j = 0; j < t.columnLabels().size(); j++) {
                TextDashboard.Cell cell = t.cells()[i][j];
                Label l = new Label(String.valueOf(cell.count()));
                l.setMinWidth(70);
                l.setAlignment(Pos.CENTER);
                double a = cell.count() / max;
                l.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(200,60,40,%.2f); -fx-padding: 6;"
                        + (a > 0.6 ? " -fx-text-fill: white;" : ""), 0.08 + 0.85 * a));
                l.setOnMouseClicked(e -> vm.openCell(cell));
                grid.add(l, j + 1, i + 1);
            }
        }
    }

    private void drawTrend(TextDashboard.Crosstab t) {
        trend.getData().clear();
        if (t == null) {
            return;
        }
        for (int j = 0; j < t.columnLabels().size(); j++) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(t.columnLabels().get(j));
            for (int i = 0; i < t.rowLabels().size(); i++) {
                s.getData().add(new XYChart.Data<>(t.rowLabels().get(i), t.cells()[i][j].count()));
            }
            trend.getData().add(s);
            for (int i = 0; i < s.getData().size(); i++) {
                TextDashboard.Cell cell = t.cells()[i][j];
                whenNode(s.getData().get(i), n -> n.setOnMouseClicked(e -> vm.openCell(cell)));
            }
        }
    }
}
