package dev.glas.ui.churn;

import dev.glas.core.report.ResultTables;
import dev.glas.ui.common.Exports;
import dev.glas.core.churn.Balance;
import dev.glas.core.churn.ChurnModel;
import dev.glas.core.churn.ChurnResult;
import dev.glas.core.churn.Collinearity;
import dev.glas.core.churn.FoldMetrics;
import dev.glas.core.churn.Importance;
import dev.glas.core.churn.Metrics;
import dev.glas.core.churn.ModelKind;
import dev.glas.core.churn.ModelScore;
import dev.glas.core.churn.ReasonRows;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.ChartSupport;
import dev.glas.ui.common.PrepStepsView;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The churn page: set-up on the left, results in tabs. Every confusion cell, lift decile and calibration point
 * opens its clients; charts have "Save as PNG…". Wiring only: state and commands live in {@link ChurnViewModel}.
 */
public final class ChurnView {

    private final ChurnViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final TableView<ModelScore> board = new TableView<>();
    private final Label holdout = new Label();
    private final HBox curves = new HBox(12);
    private final GridPane confusion = new GridPane();
    private final HBox liftBox = new HBox(12);
    private final VBox vifBox = new VBox(8);
    private final HBox importanceBox = new HBox(12);
    private final VBox clientBox = new VBox(8);
    private final Spinner<Integer> clientRow = new Spinner<>(0, Integer.MAX_VALUE, 0);
    final Button[][] cells = new Button[2][2];
    private PrepStepsView steps;
    TextField missedField;

    public ChurnView(ChurnViewModel vm) {
        this.vm = vm;
        root.setLeft(setup());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("churn.ui.tab.prep", prepPane()),
                tab("churn.ui.tab.board", leaderboard()),
                tab("churn.ui.tab.curves", curves),
                tab("churn.ui.tab.threshold", thresholdPane()),
                tab("churn.ui.tab.lift", liftBox),
                tab("churn.ui.tab.vif", vifBox),
                tab("churn.ui.tab.importance", importanceBox),
                tab("churn.ui.tab.client", clientBox),
                tab("churn.ui.tab.scoring", scoringPane()));
        root.setCenter(tabs);
        vm.resultProperty().addListener((o, a, r) -> render(r));
        vm.shownModelProperty().addListener((o, a, m) -> renderModel());
        vm.confusionProperty().addListener((o, a, c) -> renderConfusion(c));
        render(vm.resultProperty().get());
    }

    public Node root() {
        return root;
    }

    TabPane tabs() {
        return tabs;
    }

    private static Tab tab(String key, Node content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.setPadding(new Insets(8));
        Tab t = new Tab(Messages.get(key), sp);
        t.setUserData(key);
        return t;
    }

    private Node setup() {
        ComboBox<String> target = new ComboBox<>(vm.columns());
        target.valueProperty().bindBidirectional(vm.targetProperty());
        ComboBox<String> positive = new ComboBox<>(vm.targetValues());
        positive.valueProperty().bindBidirectional(vm.positiveProperty());
        positive.setConverter(converter(vm::valueLabel));
        positive.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : vm.valueLabel(v));
            }
        });
        Label balance = new Label();
        balance.textProperty().bind(vm.balanceTextProperty());
        balance.setWrapText(true);
        ListView<String> warnings = new ListView<>(vm.warnings());
        warnings.setPrefHeight(110);
        warnings.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
                setPrefWidth(0);
                setStyle(empty ? "" : "-fx-text-fill: #b35900;");
            }
        });
        ListView<ChurnViewModel.Feature> features = new ListView<>(vm.features());
        features.setPrefHeight(220);
        features.setCellFactory(CheckBoxListCell.forListView(ChurnViewModel.Feature::selected, new StringConverter<>() {
            @Override
            public String toString(ChurnViewModel.Feature f) {
                return f == null ? "" : f.name() + "  (" + Messages.get(f.type().messageKey()) + ")";
            }

            @Override
            public ChurnViewModel.Feature fromString(String s) {
                return null;
            }
        }));
        CheckBox lr = check("churn.model.lr", vm.useLrProperty());
        CheckBox rf = check("churn.model.rf", vm.useRfProperty());
        CheckBox gbm = check("churn.model.gbm", vm.useGbmProperty());
        CheckBox blend = check("churn.model.blend", vm.useBlendProperty());
        ComboBox<Balance> bal = new ComboBox<>(FXCollections.observableArrayList(Balance.values()));
        bal.valueProperty().bindBidirectional(vm.balanceProperty());
        bal.setConverter(converter(b -> Messages.get(b.messageKey())));
        Spinner<Integer> folds = new Spinner<>(2, 10, vm.foldsProperty().get());
        folds.valueProperty().addListener((o, a, v) -> vm.foldsProperty().set(v));
        vm.foldsProperty().addListener((o, a, v) -> folds.getValueFactory().setValue(v.intValue()));
        Spinner<Double> tune = new Spinner<>(0.0, 600.0, vm.tuneSecondsProperty().get(), 5.0);
        tune.valueProperty().addListener((o, a, v) -> vm.tuneSecondsProperty().set(v));
        Button run = new Button(Messages.get("churn.ui.run"));
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.busyProperty().or(vm.targetProperty().isEmpty()));
        run.setOnAction(e -> vm.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.visibleProperty().bind(vm.busyProperty());
        busy.setPrefSize(24, 24);
        VBox box = new VBox(6,
                new Label(Messages.get("churn.ui.target")), target,
                new Label(Messages.get("churn.ui.positive")), positive, balance,
                new Label(Messages.get("churn.ui.leakage")), warnings,
                new Label(Messages.get("churn.ui.features")), features,
                new Label(Messages.get("churn.ui.models")), new HBox(8, lr, rf), new HBox(8, gbm, blend),
                new Label(Messages.get("churn.ui.balance")), bal,
                new Label(Messages.get("churn.ui.folds")), folds,
                new Label(Messages.get("churn.ui.tune")), tune,
                new HBox(8, run, busy));
        box.setPadding(new Insets(10));
        box.setPrefWidth(330);
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    /** The shared step editor (as on the segment page); no row-removing steps, rows must stay aligned. */
    private Node prepPane() {
        steps = new PrepStepsView(vm.prep(), false, List.of());
        Label hint = new Label(Messages.get("churn.ui.prep.hint"));
        hint.setWrapText(true);
        steps.root().getChildren().add(0, hint);
        return steps.root();
    }

    PrepStepsView steps() {
        return steps;
    }

    private static CheckBox check(String key, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(Messages.get(key));
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private Node leaderboard() {
        board.getColumns().add(column("churn.ui.col.model", s -> Messages.get(s.kind().messageKey())
                + (s.members().isEmpty() ? "" : " (" + String.join(" + ", s.members().stream().map(ModelKind::id).toList()) + ")")));
        board.getColumns().add(column("churn.ui.col.rocauc", s -> fmt("%.4f ± %.4f", s.mean(FoldMetrics::rocAuc), s.sd(FoldMetrics::rocAuc))));
        board.getColumns().add(column("churn.ui.col.prauc", s -> fmt("%.4f ± %.4f", s.mean(FoldMetrics::prAuc), s.sd(FoldMetrics::prAuc))));
        board.getColumns().add(column("churn.ui.col.f1", s -> fmt("%.4f", s.mean(FoldMetrics::f1))));
        board.getColumns().add(column("churn.ui.col.precision", s -> fmt("%.4f", s.mean(FoldMetrics::precision))));
        board.getColumns().add(column("churn.ui.col.recall", s -> fmt("%.4f", s.mean(FoldMetrics::recall))));
        board.getColumns().add(column("churn.ui.col.accuracy", s -> fmt("%.4f", s.mean(FoldMetrics::accuracy))));
        board.getColumns().add(column("churn.ui.col.logloss", s -> fmt("%.4f", s.mean(FoldMetrics::logLoss))));
        board.getColumns().add(column("churn.ui.col.seconds", s -> fmt("%.2f", s.seconds())));
        board.setPrefHeight(200);
        Exports.table(board, Messages.get("churn.ui.tab.board"));
        board.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.shownModelProperty().set(s.kind());
            }
        });
        Button lab = new Button(Messages.get("churn.ui.balance.lab"));
        lab.disableProperty().bind(vm.busyProperty().or(vm.resultProperty().isNull()));
        lab.setOnAction(e -> vm.runBalanceLab());
        ListView<String> labRows = new ListView<>(vm.balanceLab());
        labRows.setPrefHeight(120);
        holdout.setWrapText(true);
        return new VBox(8, board, holdout, lab, labRows);
    }

    private static TableColumn<ModelScore, String> column(String key, Function<ModelScore, String> f) {
        TableColumn<ModelScore, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    private static String fmt(String f, Object... args) {
        return String.format(Messages.locale(), f, args);
    }

    private Node thresholdPane() {
        Slider slider = new Slider(0, 1, vm.thresholdProperty().get());
        slider.valueProperty().bindBidirectional(vm.thresholdProperty());
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(0.1);
        slider.setLabelFormatter(new StringConverter<>() {
            private final StringConverter<Number> numbers = ChartSupport.numberConverter(Messages.locale());

            @Override
            public String toString(Double d) {
                return numbers.toString(d);
            }

            @Override
            public Double fromString(String s) {
                Double d = dev.glas.ui.common.NumberInput.parse(s);
                return d == null ? 0.0 : d;
            }
        });
        TextField missed = numberField(vm.costMissedInput());
        missedField = missed;
        TextField contact = numberField(vm.costContactInput());
        Button best = new Button(Messages.get("churn.ui.best.threshold"));
        best.setOnAction(e -> vm.optimizeThreshold());
        best.disableProperty().bind(vm.resultProperty().isNull());
        Exports.table(confusion, Messages.get("churn.ui.tab.threshold"));
        confusion.setHgap(6);
        confusion.setVgap(6);
        confusion.add(new Label(""), 0, 0);
        confusion.add(new Label(Messages.get("churn.ui.pred.pos")), 1, 0);
        confusion.add(new Label(Messages.get("churn.ui.pred.neg")), 2, 0);
        confusion.add(new Label(Messages.get("churn.ui.actual.pos")), 0, 1);
        confusion.add(new Label(Messages.get("churn.ui.actual.neg")), 0, 2);
        for (int a = 0; a < 2; a++) {
            for (int p = 0; p < 2; p++) {
                Button b = new Button("—");
                b.setPrefSize(150, 60);
                int actual = 1 - a;
                int predicted = 1 - p;
                b.setOnAction(e -> vm.openConfusionCell(actual, predicted));
                cells[a][p] = b;
                confusion.add(b, 1 + p, 1 + a);
            }
        }
        Label text = new Label();
        text.textProperty().bind(vm.thresholdTextProperty());
        text.setWrapText(true);
        GridPane costs = new GridPane();
        costs.setHgap(8);
        costs.setVgap(6);
        costs.addRow(0, new Label(Messages.get("churn.ui.cost.missed")), missed);
        costs.addRow(1, new Label(Messages.get("churn.ui.cost.contact")), contact);
        for (var input : List.of(vm.costMissedInput(), vm.costContactInput())) {
            Label error = new Label();
            error.setStyle("-fx-text-fill: #b00020;");
            error.setWrapText(true);
            error.textProperty().bind(input.errorProperty());
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            costs.add(error, 0, costs.getRowCount(), 2, 1);
        }
        return new VBox(10, new Label(Messages.get("churn.ui.threshold")), slider, costs, best, confusion, text);
    }

    private static TextField numberField(dev.glas.ui.common.NumberInput input) {
        TextField t = new TextField();
        t.setPrefColumnCount(8);
        t.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        t.textProperty().bindBidirectional(input.textProperty());
        return t;
    }

    private void renderConfusion(Metrics.Confusion c) {
        long[][] v = c == null ? null : new long[][] {{c.tp(), c.fn()}, {c.fp(), c.tn()}};
        for (int a = 0; a < 2; a++) {
            for (int p = 0; p < 2; p++) {
                cells[a][p].setText(v == null ? "—" : String.format(Messages.locale(), "%,d", v[a][p]));
            }
        }
    }

    private Node scoringPane() {
        Button save = new Button(Messages.get("churn.ui.save.model"));
        save.disableProperty().bind(vm.resultProperty().isNull());
        save.setOnAction(e -> vm.saveModel());
        Button score = new Button(Messages.get("churn.ui.score.file"));
        score.setOnAction(e -> vm.scoreFile());
        ComboBox<ReasonRows> reasons = new ComboBox<>(FXCollections.observableArrayList(ReasonRows.values()));
        reasons.valueProperty().bindBidirectional(vm.scoreReasonsProperty());
        reasons.setConverter(converter(r -> Messages.get("churn.ui.reasons." + r.id())));
        Label text = new Label();
        text.textProperty().bind(vm.scoringTextProperty());
        text.setWrapText(true);
        HBox actions = new HBox(8, save, score, new Label(Messages.get("churn.ui.reasons")), reasons);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(10, new Label(Messages.get("churn.ui.scoring.help")), actions, text);
    }

    private void render(ChurnResult r) {
        board.getItems().setAll(r == null ? List.of() : r.leaderboard());
        holdout.setText(r == null || r.holdout() == null ? "" : Messages.get("churn.ui.holdout", r.holdoutRows().length,
                r.holdout().rocAuc(), r.holdout().prAuc(), Messages.get(r.best().kind().messageKey()), r.tunedParams()));
        renderVif(r);
        renderImportance(r);
        renderModel();
        renderClient(r);
        if (r != null && tabs.getSelectionModel().getSelectedIndex() == 0) { // from the steps to the results
            tabs.getSelectionModel().select(1);
        }
    }

    private void renderModel() {
        ChurnCharts c = vm.charts();
        curves.getChildren().clear();
        liftBox.getChildren().clear();
        if (c == null) {
            return;
        }
        Metrics.Curve roc = c.roc();
        Metrics.Curve pr = c.pr();
        curves.getChildren().addAll(
                lineChart(Messages.get("churn.ui.chart.roc", Messages.get(c.model().kind().messageKey())),
                        "churn.ui.axis.fpr", "churn.ui.axis.tpr", roc.x(), roc.y(), true),
                lineChart(Messages.get("churn.ui.chart.pr", Messages.get(c.model().kind().messageKey())),
                        "churn.ui.axis.recall", "churn.ui.axis.precision", pr.x(), pr.y(), false));
        // lift by decile (click a bar → its clients)
        BarChart<String, Number> lift = new BarChart<>(new CategoryAxis(), new NumberAxis());
        ChartSupport.localizeAxes(lift);
        lift.setTitle(Messages.get("churn.ui.chart.lift"));
        lift.setLegendVisible(false);
        XYChart.Series<String, Number> ls = new XYChart.Series<>();
        List<Metrics.LiftBin> bins = c.lift();
        for (Metrics.LiftBin b : bins) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(String.valueOf(b.group() + 1), b.lift());
            int g = b.group();
            d.nodeProperty().addListener((o, a, n) -> clickable(n, () -> vm.openLiftGroup(g)));
            ls.getData().add(d);
        }
        lift.getData().add(ls);
        double[] gx = new double[bins.size() + 1];
        double[] gy = new double[bins.size() + 1];
        for (int i = 0; i < bins.size(); i++) {
            gx[i + 1] = (i + 1) / (double) bins.size();
            gy[i + 1] = bins.get(i).cumulativeGain();
        }
        LineChart<Number, Number> gain = lineChart(Messages.get("churn.ui.chart.gain"), "churn.ui.axis.share",
                "churn.ui.axis.gain", gx, gy, true);
        // calibration (click a point → its clients)
        NumberAxis cx = new NumberAxis(0, 1, 0.1);
        NumberAxis cy = new NumberAxis(0, 1, 0.1);
        cx.setLabel(Messages.get("churn.ui.axis.predicted"));
        cy.setLabel(Messages.get("churn.ui.axis.observed"));
        LineChart<Number, Number> cal = new LineChart<>(cx, cy);
        ChartSupport.localizeAxes(cal);
        cal.setTitle(Messages.get("churn.ui.chart.calibration"));
        cal.setLegendVisible(false);
        XYChart.Series<Number, Number> cs = new XYChart.Series<>();
        List<Metrics.CalibrationBin> cb = c.calibration();
        for (int i = 0; i < cb.size(); i++) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(cb.get(i).meanPredicted(), cb.get(i).fractionPositive());
            int bin = i;
            d.nodeProperty().addListener((o, a, n) -> clickable(n, () -> vm.openCalibrationBin(bin)));
            cs.getData().add(d);
        }
        XYChart.Series<Number, Number> diag = new XYChart.Series<>();
        diag.getData().add(new XYChart.Data<>(0, 0));
        diag.getData().add(new XYChart.Data<>(1, 1));
        cal.getData().add(cs);
        cal.getData().add(diag);
        for (javafx.scene.chart.Chart ch : List.of(lift, gain, cal)) {
            ch.setPrefSize(420, 340);
            ChartSupport.installPngExport(ch);
        }
        liftBox.getChildren().addAll(lift, gain, cal);
    }

    private static void clickable(Node n, Runnable action) {
        if (n != null) {
            n.setOnMouseClicked(e -> action.run());
            n.setStyle("-fx-cursor: hand;");
        }
    }

    private static LineChart<Number, Number> lineChart(String title, String xKey, String yKey, double[] x, double[] y,
                                                      boolean diagonal) {
        NumberAxis ax = new NumberAxis(0, 1, 0.1);
        NumberAxis ay = new NumberAxis(0, 1, 0.1);
        ax.setLabel(Messages.get(xKey));
        ay.setLabel(Messages.get(yKey));
        LineChart<Number, Number> ch = new LineChart<>(ax, ay);
        ChartSupport.localizeAxes(ch);
        ch.setTitle(title);
        ch.setCreateSymbols(false);
        ch.setLegendVisible(false);
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        int step = Math.max(1, x.length / 400);
        for (int i = 0; i < x.length; i += step) {
            s.getData().add(new XYChart.Data<>(x[i], y[i]));
        }
        s.getData().add(new XYChart.Data<>(x[x.length - 1], y[y.length - 1]));
        ch.getData().add(s);
        if (diagonal) {
            XYChart.Series<Number, Number> d = new XYChart.Series<>();
            d.getData().add(new XYChart.Data<>(0, 0));
            d.getData().add(new XYChart.Data<>(1, 1));
            ch.getData().add(d);
        }
        ch.setPrefSize(520, 420);
        ChartSupport.installPngExport(ch);
        return ch;
    }

    private void renderVif(ChurnResult r) {
        vifBox.getChildren().clear();
        if (r == null) {
            return;
        }
        TableView<Collinearity.Vif> t = new TableView<>(FXCollections.observableArrayList(r.vif()));
        TableColumn<Collinearity.Vif, String> name = new TableColumn<>(Messages.get("churn.ui.col.feature"));
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().feature()));
        TableColumn<Collinearity.Vif, Collinearity.Vif> vif = new TableColumn<>(Messages.get("churn.ui.col.vif"));
        vif.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        vif.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Collinearity.Vif v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Messages.locale(), "%.2f", v.vif()));
                setStyle(empty || v == null ? "" : v.level() == 2 ? "-fx-background-color: #f4a3a3;"
                        : v.level() == 1 ? "-fx-background-color: #f7d79a;" : "");
            }
        });
        TableColumn<Collinearity.Vif, Collinearity.Vif> drop = new TableColumn<>("");
        drop.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        drop.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Collinearity.Vif v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null) {
                    setGraphic(null);
                    return;
                }
                Button b = new Button(Messages.get("churn.ui.drop.rerun"));
                b.setOnAction(e -> vm.dropAndRerun(v.feature()));
                b.disableProperty().bind(vm.busyProperty());
                setGraphic(b);
            }
        });
        t.getColumns().addAll(List.of(name, vif, drop));
        t.setPrefHeight(Math.min(460, 70 + 38 * r.vif().size()));
        Exports.table(t, "VIF", () -> ResultTables.vif("VIF", r.vif()));
        GridPane heat = new GridPane();
        heat.setHgap(1);
        heat.setVgap(1);
        List<String> cols = r.correlationColumns();
        double[][] corr = r.correlation();
        for (int i = 0; i < cols.size(); i++) {
            heat.add(new Label((i + 1) + ". " + cols.get(i) + " "), 0, i + 1);
            Label head = new Label(String.valueOf(i + 1));
            head.setMinWidth(52);
            head.setAlignment(javafx.geometry.Pos.CENTER);
            heat.add(head, i + 1, 0);
            for (int j = 0; j < cols.size(); j++) {
                double v = corr[i][j];
                Label cell = new Label(String.format(Messages.locale(), "%.2f", v));
                cell.setMinSize(52, 28);
                cell.setAlignment(javafx.geometry.Pos.CENTER);
                int red = v > 0 ? 255 : (int) (255 * (1 + v));
                int blue = v < 0 ? 255 : (int) (255 * (1 - v));
                int green = (int) (255 * (1 - Math.abs(v)));
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d);", red, green, blue));
                heat.add(cell, j + 1, i + 1);
            }
        }
        ChartSupport.installPngExport(heat);
        vifBox.getChildren().addAll(new Label(Messages.get("churn.ui.vif.help")), t,
                new Label(Messages.get("churn.ui.correlation")), heat);
    }

    private void renderImportance(ChurnResult r) {
        importanceBox.getChildren().clear();
        if (r == null) {
            return;
        }
        importanceBox.getChildren().addAll(
                importanceChart(Messages.get("churn.ui.chart.importance", r.model().modelName()), r.model().importance()),
                importanceChart(Messages.get("churn.ui.chart.permutation"), r.permutation()));
    }

    private static BarChart<Number, String> importanceChart(String title, List<Importance> list) {
        BarChart<Number, String> ch = new BarChart<>(new NumberAxis(), new CategoryAxis());
        ChartSupport.localizeAxes(ch);
        ch.setTitle(title);
        ch.setLegendVisible(false);
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        List<Importance> top = list.subList(0, Math.min(15, list.size()));
        for (int i = top.size() - 1; i >= 0; i--) {
            s.getData().add(new XYChart.Data<>(top.get(i).value(), top.get(i).column()));
        }
        ch.getData().add(s);
        ch.setPrefSize(520, 480);
        ChartSupport.installPngExport(ch);
        return ch;
    }

    private void renderClient(ChurnResult r) {
        clientBox.getChildren().clear();
        if (r == null) {
            return;
        }
        clientRow.setEditable(true);
        ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) clientRow.getValueFactory())
                .setMax(r.data().rowCount() - 1);
        VBox chartHolder = new VBox();
        Runnable draw = () -> {
            chartHolder.getChildren().clear();
            try {
                ChurnCharts.Waterfall w = new ChurnCharts(r, r.best()).waterfall(clientRow.getValue());
                chartHolder.getChildren().add(waterfall(w));
            } catch (dev.glas.core.i18n.LocalizedException ex) {
                chartHolder.getChildren().add(new Label(ex.getLocalizedMessage()));
            }
        };
        clientRow.valueProperty().addListener((o, a, v) -> draw.run());
        draw.run();
        clientBox.getChildren().addAll(new HBox(8, new Label(Messages.get("churn.ui.client.row")), clientRow), chartHolder);
    }

    /**
     * Waterfall: one row per reason (largest |contribution| first, the rest summed); each bar starts where the
     * previous one ended, from the base value to the client's output; red pushes towards the positive class,
     * blue away from it.
     */
    static Node waterfall(ChurnCharts.Waterfall w) {
        List<ChurnModel.Reason> top = w.reasons().stream()
                .sorted((a, b) -> Double.compare(Math.abs(b.contribution()), Math.abs(a.contribution())))
                .limit(12).toList();
        double rest = w.reasons().stream().mapToDouble(ChurnModel.Reason::contribution).sum()
                - top.stream().mapToDouble(ChurnModel.Reason::contribution).sum();
        List<String> labels = new java.util.ArrayList<>();
        List<Double> values = new java.util.ArrayList<>();
        for (ChurnModel.Reason r : top) {
            labels.add(r.column());
            values.add(r.contribution());
        }
        labels.add(Messages.get("churn.ui.waterfall.rest"));
        values.add(rest);
        double level = w.base();
        double min = level;
        double max = level;
        for (double v : values) {
            level += v;
            min = Math.min(min, level);
            max = Math.max(max, level);
        }
        double labelW = 200;
        double plotW = 520;
        double rowH = 26;
        double span = Math.max(1e-9, max - min);
        double lo = min;
        javafx.scene.layout.Pane pane = new javafx.scene.layout.Pane();
        pane.setPrefSize(labelW + plotW + 80, rowH * (labels.size() + 2) + 10);
        java.util.function.DoubleUnaryOperator x = v -> labelW + (v - lo) / span * plotW;
        level = w.base();
        Label baseLabel = new Label(Messages.get("churn.ui.waterfall.base") + String.format(Messages.locale(), "  %.3f", w.base()));
        baseLabel.relocate(4, 4);
        javafx.scene.shape.Line baseLine = new javafx.scene.shape.Line(x.applyAsDouble(w.base()), 2,
                x.applyAsDouble(w.base()), rowH * (labels.size() + 1));
        baseLine.getStrokeDashArray().addAll(4.0, 4.0);
        pane.getChildren().addAll(baseLabel, baseLine);
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i);
            double y = rowH * (i + 1) + 4;
            double x0 = x.applyAsDouble(level);
            double x1 = x.applyAsDouble(level + v);
            javafx.scene.shape.Rectangle bar = new javafx.scene.shape.Rectangle(Math.min(x0, x1), y,
                    Math.max(1, Math.abs(x1 - x0)), rowH - 6);
            bar.setFill(javafx.scene.paint.Color.web(v >= 0 ? "#d9534f" : "#4a7fd6"));
            Label name = new Label(labels.get(i));
            name.setMaxWidth(labelW - 8);
            name.relocate(4, y + 2);
            Label val = new Label(String.format(Messages.locale(), "%+.3f", v));
            val.relocate(Math.max(x0, x1) + 4, y + 2);
            pane.getChildren().addAll(bar, name, val);
            level += v;
        }
        Label out = new Label(Messages.get("churn.ui.waterfall.output", level, w.probability()));
        out.relocate(4, rowH * (labels.size() + 1) + 6);
        pane.getChildren().add(out);
        ChartSupport.installPngExport(pane);
        Exports.table(pane, Messages.get("churn.ui.tab.client"), () -> ResultTables.contributions(Messages.get("churn.ui.chart.waterfall", w.row() + 1, w.probability()), Messages.get("churn.ui.waterfall.base"), w.base(), labels, values, Messages.get("project.export.col.output")));
        Label title = new Label(Messages.get("churn.ui.chart.waterfall", w.row() + 1, w.probability()));
        title.setStyle("-fx-font-weight: bold;");
        return new VBox(6, title, pane);
    }
}
