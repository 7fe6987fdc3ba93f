package dev.glas.ui.behavior;

import dev.glas.core.report.ResultTables;
import dev.glas.ui.common.Exports;
import dev.glas.core.behavior.BehaviorResult;
import dev.glas.core.behavior.Dashboard;
import dev.glas.core.behavior.TimeFormat;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.ChartSupport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

/**
 * The behaviour page: mapping panel on the left (files, guessed column roles, options), dashboard of native
 * charts on the right. Every bar, point and heat-map cell opens its users or events; every chart card has
 * "Save as PNG…" in its context menu. Wiring only: state and commands are in {@link BehaviorViewModel}.
 */
public final class BehaviorView {

    private static final double CARD_W = 480;
    private static final double CARD_H = 320;

    private final BehaviorViewModel vm;
    private final BehaviorDrill drill;
    private final BorderPane root = new BorderPane();
    private final FlowPane charts = new FlowPane(16, 16);
    private final List<Node> chartCards = new ArrayList<>();
    private final Label churnCounts = new Label();
    private final Label hint = new Label(Messages.get("behavior.hint"));
    private final TextField funnelSteps = new TextField();
    private final VBox funnelBox = new VBox(6);
    // strong references for bidirectional bindings to primitive properties
    private final ObjectProperty<Integer> daysObject;
    private final ObjectProperty<Double> gapObject;

    public BehaviorView(BehaviorViewModel vm) {
        this.vm = vm;
        this.drill = new BehaviorDrill(vm);
        this.daysObject = vm.churnInactiveDaysProperty().asObject();
        this.gapObject = vm.gapMinutesProperty().asObject();
        root.setLeft(mappingPanel());
        charts.setPadding(new Insets(16));
        hint.setWrapText(true);
        hint.setMaxWidth(720);
        hint.getStyleClass().add("hint");
        charts.getChildren().add(hint);
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        charts.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(40));
        root.setCenter(scroll);
        vm.outcomeProperty().subscribe(this::render);
        vm.funnelProperty().subscribe(this::renderFunnel);
    }

    public Parent root() {
        return root;
    }

    /** The chart cards currently shown (for tests and screenshots). */
    public List<Node> chartCards() {
        return List.copyOf(chartCards);
    }

    private Node mappingPanel() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(16));
        box.setPrefWidth(420);
        Label title = new Label(Messages.get("behavior.title"));
        title.getStyleClass().add("page-title");
        Button openEvents = new Button(Messages.get("behavior.open.events"));
        openEvents.setOnAction(e -> vm.chooseEvents());
        Button openSocdem = new Button(Messages.get("behavior.open.socdem"));
        openSocdem.setOnAction(e -> vm.chooseSocdem());
        Button useCurrent = new Button(Messages.get("behavior.use.current"));
        useCurrent.setOnAction(e -> vm.useCurrentDataset());
        useCurrent.disableProperty().bind(vm.state().currentDatasetProperty().isNull());
        Button clearSocdem = new Button(Messages.get("behavior.clear.socdem"));
        clearSocdem.setOnAction(e -> vm.clearSocdem());
        clearSocdem.disableProperty().bind(vm.socdemProperty().isNull());

        GridPane map = new GridPane(8, 6);
        int row = 0;
        map.addRow(row++, section("behavior.mapping.events"));
        row = roleRow(map, row, "behavior.role.user", vm.eventColumns(), vm.userProperty(), false);
        row = roleRow(map, row, "behavior.role.time", vm.eventColumns(), vm.timeProperty(), false);
        ComboBox<TimeFormat> tf = new ComboBox<>(FXCollections.observableArrayList(TimeFormat.values()));
        tf.valueProperty().bindBidirectional(vm.timeFormatProperty());
        tf.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimeFormat f) {
                return f == null ? "" : Messages.get("behavior.timeformat." + f.name().toLowerCase());
            }

            @Override
            public TimeFormat fromString(String s) {
                return null;
            }
        });
        map.addRow(row++, new Label(Messages.get("behavior.role.timeformat")), tf);
        TextField zone = new TextField();
        zone.textProperty().bindBidirectional(vm.zoneProperty());
        zone.setTooltip(new Tooltip(Messages.get("behavior.zone.tooltip")));
        map.addRow(row++, new Label(Messages.get("behavior.role.zone")), zone);
        row = roleRow(map, row, "behavior.role.event", vm.eventColumns(), vm.eventProperty(), false);
        row = roleRow(map, row, "behavior.role.session", vm.eventColumns(), vm.sessionProperty(), true);
        row = roleRow(map, row, "behavior.role.maker", vm.eventColumns(), vm.makerProperty(), true);
        row = roleRow(map, row, "behavior.role.model", vm.eventColumns(), vm.modelProperty(), true);
        row = roleRow(map, row, "behavior.role.os", vm.eventColumns(), vm.osProperty(), true);
        map.addRow(row++, section("behavior.mapping.socdem"));
        row = roleRow(map, row, "behavior.role.key", vm.socdemColumns(), vm.socdemKeyProperty(), true);
        row = roleRow(map, row, "behavior.role.gender", vm.socdemColumns(), vm.genderProperty(), true);
        row = roleRow(map, row, "behavior.role.age", vm.socdemColumns(), vm.ageProperty(), true);
        map.addRow(row++, section("behavior.options"));
        Spinner<Double> gap = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 1440, 30, 5));
        gap.setEditable(true);
        gap.getValueFactory().valueProperty().bindBidirectional(gapObject);
        map.addRow(row++, new Label(Messages.get("behavior.option.gap")), gap);
        Spinner<Integer> days = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 3650, 30, 1));
        days.setEditable(true);
        days.getValueFactory().valueProperty().bindBidirectional(daysObject);
        days.setTooltip(new Tooltip(Messages.get("behavior.option.inactive.tooltip")));
        map.addRow(row++, new Label(Messages.get("behavior.option.inactive")), days);
        ComboBox<String> churnEvent = new ComboBox<>();
        churnEvent.setEditable(true);
        churnEvent.valueProperty().bindBidirectional(vm.churnEventProperty());
        churnEvent.setOnShowing(e -> churnEvent.getItems().setAll(vm.eventNames()));
        map.addRow(row++, new Label(Messages.get("behavior.option.churn.event")), churnEvent);
        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(vm.windowStartProperty());
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(vm.windowEndProperty());
        map.addRow(row++, new Label(Messages.get("behavior.option.from")), from);
        map.addRow(row, new Label(Messages.get("behavior.option.to")), to);

        for (Node n : map.getChildren()) {
            if (n instanceof javafx.scene.control.Control ctl && !(n instanceof Label)) {
                ctl.setPrefWidth(200);
                ctl.setMaxWidth(Double.MAX_VALUE);
            }
        }
        Button analyze = new Button(Messages.get("behavior.analyze"));
        analyze.getStyleClass().add("accent");
        analyze.setDefaultButton(true);
        analyze.disableProperty().bind(vm.busyProperty().or(vm.eventsProperty().isNull()));
        analyze.setOnAction(e -> vm.analyze());
        Label summary = wrapping();
        summary.textProperty().bind(vm.summaryProperty());
        Label match = wrapping();
        match.textProperty().bind(vm.matchReportProperty());
        churnCounts.setWrapText(true);
        Button churn = new Button(Messages.get("behavior.open.churn"));
        churn.setOnAction(e -> vm.openInChurn());
        Button segments = new Button(Messages.get("behavior.open.segments"));
        segments.setOnAction(e -> vm.openInSegments());
        Button save = new Button(Messages.get("behavior.save.features"));
        save.setOnAction(e -> vm.saveFeatures());
        for (Button b : new Button[] {churn, segments, save}) {
            b.disableProperty().bind(vm.outcomeProperty().isNull());
            b.setMaxWidth(Double.MAX_VALUE);
        }
        box.getChildren().addAll(title, new HBox(6, openEvents, openSocdem), new HBox(6, useCurrent, clearSocdem), map, analyze, summary,
                churnCounts, match, churn, segments, save);
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefWidth(440);
        sp.setMinWidth(360);
        return sp;
    }

    private static Label wrapping() {
        Label l = new Label();
        l.setWrapText(true);
        return l;
    }

    private static Label section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        l.setStyle("-fx-font-weight: bold; -fx-padding: 8 0 0 0;");
        return l;
    }

    private static int roleRow(GridPane g, int row, String key, ObservableList<String> columns,
                               javafx.beans.property.StringProperty prop, boolean optional) {
        ObservableList<String> items = FXCollections.observableArrayList();
        Runnable refresh = () -> {
            List<String> l = new ArrayList<>();
            if (optional) {
                l.add("");
            }
            l.addAll(columns);
            String keep = prop.get();
            items.setAll(l);
            prop.set(keep);
        };
        columns.addListener((javafx.collections.ListChangeListener<String>) c -> refresh.run());
        refresh.run();
        ComboBox<String> box = new ComboBox<>(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(200);
        box.valueProperty().bindBidirectional(prop);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? Messages.get("behavior.role.none") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        GridPane.setHgrow(box, Priority.ALWAYS);
        g.addRow(row, new Label(Messages.get(key)), box);
        return row + 1;
    }

    // ------------------------------------------------------------------ dashboard

    private void render(BehaviorViewModel.Outcome out) {
        chartCards.clear();
        charts.getChildren().clear();
        churnCounts.setText(vm.churnCountsText());
        if (out == null) {
            charts.getChildren().add(hint);
            return;
        }
        BehaviorViewModel.Charts ch = out.charts();
        Dashboard.Bars churn = ch.churn();
        add("behavior.chart.churn", bars(churn.labels(), churn.counts(), drill::churnClass));
        add("behavior.chart.hour", bars(hours(), ch.byHour(), drill::hour));
        if (ch.hourByGender() != null) {
            Dashboard.Grid g = ch.hourByGender();
            add("behavior.chart.hour.gender", lines(g, (r, h) -> drill.hourGender(g.rows().get(r), h)));
        }
        if (ch.hourByOs() != null) {
            Dashboard.Grid g = ch.hourByOs();
            add("behavior.chart.hour.os", lines(g, (r, h) -> drill.hourOs(g.rows().get(r), g.rows(), h)));
        }
        if (ch.ageByGender() != null) {
            Dashboard.Grid g = ch.ageByGender();
            add("behavior.chart.age.gender", groupedBars(g, (r, c) -> drill.ageGender(g.rows().get(r),
                    g.columns().get(c))));
            Dashboard.LengthStats s = ch.lengthByAge();
            add("behavior.chart.length.age", lengthBars(s, i -> drill.ageGroup(s.groups().get(i))));
        }
        if (ch.lengthByOs() != null) {
            Dashboard.LengthStats s = ch.lengthByOs();
            add("behavior.chart.length.os", lengthBars(s, i -> drill.sessionsOnOs(s.groups().get(i), s.groups())));
        }
        Dashboard.Bars makers = ch.makers();
        if (!makers.labels().isEmpty()) {
            add("behavior.chart.maker", bars(makers.labels(), makers.counts(),
                    i -> drill.maker(makers.labels().get(i), makers.labels())));
        }
        Dashboard.Bars models = ch.models();
        if (!models.labels().isEmpty()) {
            add("behavior.chart.model", bars(models.labels(), models.counts(),
                    i -> drill.model(models.labels().get(i), models.labels())));
        }
        Dashboard.Grid eh = ch.eventByHour();
        add("behavior.chart.event.hour", heatmap(eh, eh.columns(), (r, c) -> drill.eventHour(eh.rows().get(r), c)));
        Dashboard.Grid ew = ch.eventByWeekday();
        List<String> wd = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            wd.add(Messages.get("behavior.weekday." + i));
        }
        add("behavior.chart.event.weekday", heatmap(ew, wd, (r, c) -> drill.eventWeekday(ew.rows().get(r), c)));
        add("behavior.chart.correlation", correlation(ch.correlation()));
        add("behavior.chart.cohorts", cohorts(ch.cohorts()));
        funnelBox.getChildren().clear();
        List<String> names = ch.eventNames();
        if (funnelSteps.getText().isBlank()) {
            funnelSteps.setText(String.join(", ", names.subList(0, Math.min(3, names.size()))));
        }
        Button build = new Button(Messages.get("behavior.funnel.build"));
        build.setOnAction(e -> vm.buildFunnel(steps()));
        HBox.setHgrow(funnelSteps, Priority.ALWAYS);
        funnelSteps.setPromptText(Messages.get("behavior.funnel.prompt"));
        funnelBox.getChildren().add(new HBox(6, funnelSteps, build));
        funnelBox.setPrefWidth(CARD_W);
        add("behavior.chart.funnel", funnelBox);
        vm.buildFunnel(steps());
    }

    private List<String> steps() {
        return Arrays.stream(funnelSteps.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private void renderFunnel(Dashboard.Funnel f) {
        if (funnelBox.getChildren().size() > 1) {
            funnelBox.getChildren().remove(1, funnelBox.getChildren().size());
        }
        if (f == null) {
            return;
        }
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < f.steps().size(); k++) {
            labels.add((k + 1) + ". " + f.steps().get(k));
        }
        funnelBox.getChildren().add(bars(labels, f.users(), k -> drill.funnel(f.steps(), k)));
    }

    private void add(String titleKey, Node content) {
        Label t = new Label(Messages.get(titleKey));
        t.setStyle("-fx-font-weight: bold;");
        VBox card = new VBox(4, t, content);
        card.setPadding(new Insets(8));
        card.setStyle("-fx-border-color: -color-border-muted, #d0d0d0; -fx-border-radius: 6; -fx-background-radius: 6;");
        card.setPrefWidth(CARD_W + 20);
        card.setUserData(titleKey);
        ChartSupport.installPngExport(card);
        chartCards.add(card);
        charts.getChildren().add(card);
    }

    private static List<String> hours() {
        List<String> h = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            h.add(Integer.toString(i));
        }
        return h;
    }

    private static void clickable(XYChart.Data<?, ?> data, Runnable action, String tip) {
        javafx.beans.value.ChangeListener<Node> install = (obs, old, node) -> {
            if (node != null) {
                node.setCursor(Cursor.HAND);
                Tooltip.install(node, new Tooltip(tip));
                node.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        action.run();
                    }
                });
            }
        };
        if (data.getNode() != null) {
            install.changed(null, null, data.getNode());
        }
        data.nodeProperty().addListener(install);
    }

    private static Node bars(List<String> labels, int[] counts, IntConsumer onClick) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        ChartSupport.localizeAxes(chart);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(CARD_W, CARD_H);
        chart.setCategoryGap(labels.size() > 12 ? 2 : 10);
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (int i = 0; i < labels.size(); i++) {
            XYChart.Data<String, Number> dt = new XYChart.Data<>(BehaviorDrill.label(labels.get(i)), counts[i]);
            int k = i;
            clickable(dt, () -> onClick.accept(k), BehaviorDrill.label(labels.get(i)) + ": " + counts[i]);
            s.getData().add(dt);
        }
        chart.getData().add(s);
        return chart;
    }

    private static Node groupedBars(Dashboard.Grid g, BiConsumer<Integer, Integer> onClick) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        ChartSupport.localizeAxes(chart);
        chart.setAnimated(false);
        chart.setPrefSize(CARD_W, CARD_H);
        for (int c = 0; c < g.columns().size(); c++) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(BehaviorDrill.label(g.columns().get(c)));
            for (int r = 0; r < g.rows().size(); r++) {
                XYChart.Data<String, Number> dt = new XYChart.Data<>(BehaviorDrill.label(g.rows().get(r)),
                        g.counts()[r][c]);
                int rr = r;
                int cc = c;
                clickable(dt, () -> onClick.accept(rr, cc), s.getName() + ", " + dt.getXValue() + ": "
                        + g.counts()[r][c]);
                s.getData().add(dt);
            }
            chart.getData().add(s);
        }
        return chart;
    }

    private static Node lines(Dashboard.Grid g, BiConsumer<Integer, Integer> onClick) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
        ChartSupport.localizeAxes(chart);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefSize(CARD_W, CARD_H);
        for (int r = 0; r < g.rows().size(); r++) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(BehaviorDrill.label(g.rows().get(r)));
            for (int h = 0; h < g.columns().size(); h++) {
                XYChart.Data<String, Number> dt = new XYChart.Data<>(g.columns().get(h), g.counts()[r][h]);
                int rr = r;
                int hh = h;
                clickable(dt, () -> onClick.accept(rr, hh), s.getName() + ", " + h + ": " + g.counts()[r][h]);
                s.getData().add(dt);
            }
            chart.getData().add(s);
        }
        return chart;
    }

    private static Node lengthBars(Dashboard.LengthStats s, IntConsumer onClick) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        ChartSupport.localizeAxes(chart);
        chart.setAnimated(false);
        chart.setPrefSize(CARD_W, CARD_H);
        chart.getYAxis().setLabel(Messages.get("behavior.axis.seconds"));
        XYChart.Series<String, Number> med = new XYChart.Series<>();
        med.setName(Messages.get("behavior.series.median"));
        XYChart.Series<String, Number> q3 = new XYChart.Series<>();
        q3.setName(Messages.get("behavior.series.q3"));
        for (int i = 0; i < s.groups().size(); i++) {
            String lbl = BehaviorDrill.label(s.groups().get(i));
            String tip = Messages.get("behavior.length.tooltip", lbl, s.sessions()[i], s.median()[i], s.mean()[i],
                    s.q1()[i], s.q3()[i]);
            int k = i;
            XYChart.Data<String, Number> a = new XYChart.Data<>(lbl, s.median()[i]);
            XYChart.Data<String, Number> b = new XYChart.Data<>(lbl, s.q3()[i]);
            clickable(a, () -> onClick.accept(k), tip);
            clickable(b, () -> onClick.accept(k), tip);
            med.getData().add(a);
            q3.getData().add(b);
        }
        chart.getData().add(med);
        chart.getData().add(q3);
        return chart;
    }

    /** A heat map of counts. */
    private static Node heatmap(Dashboard.Grid g, List<String> columnLabels, BiConsumer<Integer, Integer> onClick) {
        GridPane grid = new GridPane(1, 1);
        double max = 1;
        for (int[] row : g.counts()) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        int cols = columnLabels.size();
        Exports.table(grid, "", () -> ResultTables.counts("", "", g.rows(), columnLabels, g.counts()));
        double cell = Math.max(12, Math.min(40, (CARD_W - 140) / cols));
        for (int c = 0; c < cols; c++) {
            Label l = new Label(columnLabels.get(c));
            l.setStyle("-fx-font-size: 9px;");
            grid.add(l, c + 1, 0);
        }
        for (int r = 0; r < g.rows().size(); r++) {
            Label name = new Label(shorten(g.rows().get(r)));
            name.setStyle("-fx-font-size: 10px;");
            name.setMaxWidth(140);
            grid.add(name, 0, r + 1);
            for (int c = 0; c < cols; c++) {
                int v = g.counts()[r][c];
                Region box = new Region();
                box.setPrefSize(cell, 16);
                box.setBackground(javafx.scene.layout.Background.fill(heat(v / max)));
                Tooltip.install(box, new Tooltip(g.rows().get(r) + " × " + columnLabels.get(c) + ": " + v));
                int rr = r;
                int cc = c;
                box.setCursor(Cursor.HAND);
                box.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        onClick.accept(rr, cc);
                    }
                });
                grid.add(box, c + 1, r + 1);
            }
        }
        return grid;
    }

    private static String shorten(String s) {
        return s.length() > 22 ? s.substring(0, 21) + "…" : s;
    }

    private static Color heat(double t) {
        t = Math.clamp(Double.isNaN(t) ? 0 : t, 0, 1);
        return Color.rgb((int) (255 - 200 * t), (int) (255 - 130 * t), (int) (255 - 40 * t));
    }

    private static Color diverging(double r) {
        if (Double.isNaN(r)) {
            return Color.LIGHTGRAY;
        }
        double t = Math.clamp(Math.abs(r), 0, 1);
        return r >= 0 ? Color.rgb((int) (255 - 200 * t), (int) (255 - 120 * t), 255)
                : Color.rgb(255, (int) (255 - 170 * t), (int) (255 - 170 * t));
    }

    private Node correlation(Dashboard.Correlation c) {
        GridPane grid = new GridPane(1, 1);
        int n = c.features().size();
        for (int j = 0; j < n; j++) {
            Label l = new Label(Integer.toString(j + 1));
            l.setStyle("-fx-font-size: 9px;");
            grid.add(l, j + 1, 0);
        }
        for (int i = 0; i < n; i++) {
            Label name = new Label((i + 1) + ". " + c.features().get(i));
            name.setStyle("-fx-font-size: 10px;");
            grid.add(name, 0, i + 1);
            for (int j = 0; j < n; j++) {
                double r = c.r()[i][j];
                Label cell = new Label(Double.isNaN(r) ? "" : String.format("%.2f", r));
                cell.setPrefSize(34, 18);
                cell.setAlignment(Pos.CENTER);
                cell.setStyle("-fx-font-size: 9px;");
                cell.setBackground(javafx.scene.layout.Background.fill(diverging(r)));
                String a = c.features().get(i);
                String b = c.features().get(j);
                Tooltip.install(cell, new Tooltip(Messages.get("behavior.correlation.tooltip", a, b, r)));
                cell.setCursor(Cursor.HAND);
                cell.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        drill.correlation(a, b);
                    }
                });
                grid.add(cell, j + 1, i + 1);
            }
        }
        return grid;
    }

    private Node cohorts(Dashboard.Cohorts co) {
        GridPane grid = new GridPane(1, 1);
        int weeks = co.weekStarts().size();
        int shown = Math.min(weeks, 20);
        grid.add(new Label(Messages.get("behavior.cohort.header")), 0, 0);
        for (int k = 0; k < shown; k++) {
            Label l = new Label(Integer.toString(k));
            l.setStyle("-fx-font-size: 9px;");
            grid.add(l, k + 2, 0);
        }
        int from = Math.max(0, weeks - shown);
        for (int c = from; c < weeks; c++) {
            int row = c - from + 1;
            Label name = new Label(co.weekStarts().get(c));
            name.setStyle("-fx-font-size: 10px;");
            grid.add(name, 0, row);
            Label size = new Label(Integer.toString(co.size()[c]));
            size.setStyle("-fx-font-size: 10px;");
            grid.add(size, 1, row);
            for (int k = 0; k < Math.min(shown, co.active()[c].length); k++) {
                double share = co.size()[c] == 0 ? 0 : co.active()[c][k] / (double) co.size()[c];
                Label cell = new Label(String.format("%.0f%%", 100 * share));
                cell.setPrefSize(26, 16);
                cell.setAlignment(Pos.CENTER);
                cell.setStyle("-fx-font-size: 8px;");
                cell.setBackground(javafx.scene.layout.Background.fill(heat(share)));
                int cc = c;
                int kk = k;
                Tooltip.install(cell, new Tooltip(Messages.get("behavior.cohort.tooltip", co.weekStarts().get(c), k,
                        co.active()[c][k], co.size()[c])));
                cell.setCursor(Cursor.HAND);
                cell.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        drill.cohort(cc, kk);
                    }
                });
                grid.add(cell, k + 2, row);
            }
        }
        return grid;
    }

    /** For tests: the result shown (null before the analysis). */
    BehaviorResult shownResult() {
        BehaviorViewModel.Outcome o = vm.outcomeProperty().get();
        return o == null ? null : o.result();
    }
}
