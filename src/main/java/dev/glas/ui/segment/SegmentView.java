package dev.glas.ui.segment;

import dev.glas.core.report.ResultTables;
import dev.glas.ui.common.Exports;
import dev.glas.core.i18n.Messages;
import dev.glas.core.segment.ClusterTree;
import dev.glas.core.segment.KScore;
import dev.glas.core.segment.Prioritizer;
import dev.glas.core.segment.Profiles;
import dev.glas.core.segment.Projection;
import dev.glas.core.segment.RfmSegment;
import dev.glas.core.segment.SweepResult;
import dev.glas.ui.common.ChartSupport;
import dev.glas.ui.common.PrepStepsView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Segments page: tabs for preparation, choosing k, profiles, map, explain & prioritise, and RFM.
 * Wiring only; state and commands live in {@link SegmentViewModel}, {@link ClusterInsightsViewModel} and
 * {@link RfmViewModel}. Every bar, heatmap cell, map point or lasso opens the original rows behind it.
 */
public final class SegmentView {

    private final SegmentViewModel vm;
    private final ClusterInsightsViewModel insights;
    private final RfmViewModel rfm;
    private final AlternativesViewModel alternatives;
    private final VBox subsetBox = new VBox(6);
    private final HBox comparisonBox = new HBox(12);
    private final VBox wardBox = new VBox(6);
    private final FlowPane mixtureBox = new FlowPane(8, 8);
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane(tabs);
    private final FlowPane metricCharts = new FlowPane(12, 12);
    private final VBox profilesBox = new VBox(10);
    private final ScatterCanvas scatter = new ScatterCanvas();
    private final javafx.scene.control.Slider rotation = new javafx.scene.control.Slider(0, 360, 30);
    private final VBox treeBox = new VBox(8);
    private final GridPane form = new GridPane();
    private final VBox rfmBox = new VBox(10);
    private final Map<String, TextField> formFields = new HashMap<>();

    public SegmentView(SegmentViewModel vm, ClusterInsightsViewModel insights, RfmViewModel rfm,
                       AlternativesViewModel alternatives) {
        this.vm = vm;
        this.insights = insights;
        this.rfm = rfm;
        this.alternatives = alternatives;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("segment.tab.prep", prepTab()),
                tab("segment.tab.k", kTab()),
                tab("segment.tab.profiles", scroll(profilesBox)),
                tab("segment.tab.map", mapTab()),
                tab("segment.tab.explain", explainTab()),
                tab("segment.tab.rfm", rfmTab()),
                tab("segment.tab.alternatives", alternativesTab()));
        alternatives.subsetProperty().addListener((o, a, b) -> showSubset());
        alternatives.comparisonProperty().addListener((o, a, b) -> showComparison());
        alternatives.dendrogramProperty().addListener((o, a, b) -> showWard());
        alternatives.mixtureProperty().addListener((o, a, b) -> showMixture());
        vm.analysisProperty().addListener((o, a, b) -> showSweep());
        vm.sweepScores().addListener((javafx.collections.ListChangeListener<KScore>) c -> showSweep());
        vm.clusteringProperty().addListener((o, a, b) -> showProfiles());
        vm.clusterNames().addListener((javafx.collections.ListChangeListener<String>) c -> showProfiles());
        insights.projectionProperty().addListener((o, a, b) -> showProjection());
        insights.treeProperty().addListener((o, a, b) -> showTree());
        insights.formFeatures().addListener((javafx.collections.ListChangeListener<String>) c -> buildForm());
        rfm.outcomeProperty().addListener((o, a, b) -> showRfm());
        // a rebuilt view (language change) shows the current state at once
        showSweep();
        showProfiles();
        buildForm();
        showTree();
        showProjection();
        showRfm();
        showSubset();
        showComparison();
        showWard();
        showMixture();
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setUserData(key);
        return t;
    }

    private static ScrollPane scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        s.setPadding(new Insets(10));
        return s;
    }

    // ---------------------------------------------------------------- preparation
    private Node prepTab() {
        ListView<SegmentViewModel.ColumnItem> cols = new ListView<>(vm.columns());
        cols.setCellFactory(CheckBoxListCell.forListView(SegmentViewModel.ColumnItem::selected,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(SegmentViewModel.ColumnItem c) {
                        return c.name() + " (" + Messages.get(c.type().messageKey()) + ")";
                    }

                    @Override
                    public SegmentViewModel.ColumnItem fromString(String s) {
                        return null;
                    }
                }));
        VBox left = new VBox(6, new Label(Messages.get("segment.prep.columns")), cols);
        VBox.setVgrow(cols, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        MenuItem join = new MenuItem(Messages.get("segment.prep.add.join"));
        join.setOnAction(e -> vm.addJoin());
        VBox center = new PrepStepsView(vm.prep(), true, List.of(join)).root();
        SplitPane split = new SplitPane(left, center);
        split.setDividerPositions(0.3);
        return split;
    }

    private static <S> TableColumn<S, String> column(String key, java.util.function.Function<S, String> f) {
        TableColumn<S, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    // ---------------------------------------------------------------- choose k
    private Node kTab() {
        Spinner<Integer> kMin = new Spinner<>(2, 30, vm.kMinProperty().get());
        Spinner<Integer> kMax = new Spinner<>(2, 40, vm.kMaxProperty().get());
        kMin.valueProperty().addListener((o, a, b) -> vm.kMinProperty().set(b));
        kMax.valueProperty().addListener((o, a, b) -> vm.kMaxProperty().set(b));
        vm.kMinProperty().addListener((o, a, b) -> kMin.getValueFactory().setValue(b.intValue()));
        vm.kMaxProperty().addListener((o, a, b) -> kMax.getValueFactory().setValue(b.intValue()));
        TextField seed = new TextField(String.valueOf(vm.seedProperty().get()));
        seed.setPrefColumnCount(6);
        seed.textProperty().addListener((o, a, b) -> {
            try {
                vm.seedProperty().set(Integer.parseInt(b.trim()));
            } catch (NumberFormatException e) {
                // keep the previous seed while typing
            }
        });
        Button run = new Button(Messages.get("segment.k.run"));
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.busyProperty());
        run.setOnAction(e -> vm.runSweep());
        Button cancel = new Button(Messages.get("segment.k.cancel"));
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ComboBox<Integer> chosen = new ComboBox<>();
        vm.analysisProperty().addListener((o, a, b) -> chosen.getItems().setAll(
                b == null ? List.of() : b.sweep().scores().stream().map(KScore::k).toList()));
        chosen.valueProperty().bindBidirectional(vm.chosenKProperty());
        HBox controls = new HBox(8, new Label(Messages.get("segment.k.from")), kMin, new Label(Messages.get("segment.k.to")),
                kMax, new Label(Messages.get("segment.k.seed")), seed, run, cancel,
                new Label(Messages.get("segment.k.chosen")), chosen);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label reason = new Label();
        reason.setWrapText(true);
        reason.setStyle("-fx-font-size: 14px; -fx-font-weight: bold;");
        reason.textProperty().bind(vm.recommendationProperty());
        VBox box = new VBox(10, controls, reason, metricCharts);
        box.setPadding(new Insets(10));
        return scroll(box);
    }

    /** The metric curves: the finished k values while the sweep runs, then all with the knee and the choice. */
    private void showSweep() {
        metricCharts.getChildren().clear();
        Exports.table(metricCharts, Messages.get("segment.tab.k"), () -> ResultTables.kSweep(Messages.get("segment.tab.k"), List.copyOf(vm.sweepScores())));
        List<KScore> scores = List.copyOf(vm.sweepScores());
        if (scores.isEmpty()) {
            return;
        }
        SegmentViewModel.Analysis a = vm.analysisProperty().get();
        SweepResult s = a == null ? null : a.sweep();
        int kFrom = s == null ? vm.kMinProperty().get() : scores.get(0).k();
        int kTo = s == null ? Math.max(kFrom, vm.kMaxProperty().get()) : scores.get(scores.size() - 1).k();
        metricCharts.getChildren().addAll(
                metricChart("segment.metric.inertia", scores, kFrom, kTo, KScore::inertia, s == null ? -1 : s.kneeK()),
                metricChart("segment.metric.silhouette", scores, kFrom, kTo, KScore::silhouette,
                        s == null ? -1 : s.recommendedK()),
                metricChart("segment.metric.ch", scores, kFrom, kTo, KScore::calinskiHarabasz, -1),
                metricChart("segment.metric.db", scores, kFrom, kTo, KScore::daviesBouldin, -1),
                metricChart("segment.metric.stability", scores, kFrom, kTo, KScore::stability, -1));
    }

    private Node metricChart(String key, SweepResult s, ToDoubleFunction<KScore> f, int mark) {
        List<KScore> scores = s.scores();
        return metricChart(key, scores, scores.get(0).k(), scores.get(scores.size() - 1).k(), f, mark);
    }

    private Node metricChart(String key, List<KScore> scores, int kFrom, int kTo, ToDoubleFunction<KScore> f,
                             int mark) {
        NumberAxis x = new NumberAxis(kFrom, kTo, 1);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(Messages.get(key));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(440, 280);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (KScore k : scores) {
            double v = f.applyAsDouble(k);
            if (Double.isFinite(v)) {
                series.getData().add(new XYChart.Data<>(k.k(), v));
            }
        }
        chart.getData().add(series);
        for (XYChart.Data<Number, Number> d : series.getData()) {
            Node n = d.getNode();
            int k = d.getXValue().intValue();
            if (k == mark) {
                n.setStyle("-fx-background-color: #d62728, white; -fx-padding: 6px;");
            }
            n.setCursor(javafx.scene.Cursor.HAND);
            javafx.scene.control.Tooltip.install(n, new javafx.scene.control.Tooltip("k = " + k + ": "
                    + ChartSupport.format(d.getYValue().doubleValue())));
            n.setOnMouseClicked(e -> {
                if (vm.analysisProperty().get() != null) {
                    vm.chosenKProperty().set(k);
                }
            });
        }
        chart.setUserData(key);
        ChartSupport.localizeAxes(chart);
        ChartSupport.installPngExport(chart);
        return chart;
    }

    // ---------------------------------------------------------------- profiles
    private void showProfiles() {
        profilesBox.getChildren().clear();
        SegmentViewModel.Clustering c = vm.clusteringProperty().get();
        if (c == null || vm.clusterNames().size() != c.k()) {
            return;
        }
        Profiles p = c.profiles();
        Exports.table(profilesBox, Messages.get("segment.tab.profiles"), () -> ResultTables.clusterProfiles(Messages.get("segment.tab.profiles"), p, List.copyOf(vm.clusterNames())));
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> sizes = new BarChart<>(x, y);
        ChartSupport.localizeAxes(sizes);
        sizes.setTitle(Messages.get("segment.profiles.sizes"));
        sizes.setLegendVisible(false);
        sizes.setAnimated(false);
        sizes.setPrefHeight(300);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Profiles.ClusterProfile cp : p.clusters()) {
            series.getData().add(new XYChart.Data<>(vm.clusterNames().get(cp.cluster()), cp.size()));
        }
        sizes.getData().add(series);
        for (int q = 0; q < series.getData().size(); q++) {
            int cluster = q;
            Node bar = series.getData().get(q).getNode();
            bar.setCursor(javafx.scene.Cursor.HAND);
            bar.setStyle("-fx-bar-fill: " + toWeb(ScatterCanvas.PALETTE[q % ScatterCanvas.PALETTE.length]) + ";");
            bar.setOnMouseClicked(e -> vm.openCluster(cluster));
        }
        sizes.setUserData("segment.profiles.sizes");
        ChartSupport.installPngExport(sizes);

        GridPane names = new GridPane();
        names.setHgap(8);
        names.setVgap(4);
        for (int q = 0; q < c.k(); q++) {
            int cluster = q;
            Profiles.ClusterProfile cp = p.clusters().get(q);
            Label name = new Label(vm.clusterNames().get(q));
            name.setTextFill(ScatterCanvas.PALETTE[q % ScatterCanvas.PALETTE.length]);
            name.setStyle("-fx-font-weight: bold;");
            Label info = new Label(Messages.get("segment.profiles.info", cp.size(), cp.share(), cp.suggestedName()));
            Button rename = new Button(Messages.get("segment.profiles.rename"));
            rename.setOnAction(e -> vm.askRename(cluster));
            Button open = new Button(Messages.get("segment.profiles.open"));
            open.setOnAction(e -> vm.openCluster(cluster));
            Button save = new Button(Messages.get("segment.profiles.save"));
            save.setOnAction(e -> vm.saveCluster(cluster));
            names.addRow(q, name, info, rename, open, save);
        }
        double[][] z = p.zMatrix();
        Heatmap heat = new Heatmap(List.copyOf(vm.clusterNames()), p.features(), z, true,
                v -> String.format(Locale.ROOT, "%+.2f", v), (r, col) -> vm.openCluster(r));
        heat.setUserData("segment.profiles.heatmap");
        ChartSupport.installPngExport(heat);
        List<String> rowNames = new ArrayList<>();
        double[][] means = new double[c.k() + 1][];
        for (int q = 0; q < c.k(); q++) {
            rowNames.add(vm.clusterNames().get(q));
            means[q] = p.clusters().get(q).mean();
        }
        rowNames.add(Messages.get("segment.profiles.overall"));
        means[c.k()] = p.overallMean();
        GridPane meansGrid = meansGrid(rowNames, p, means);
        RadarChart radar = new RadarChart(p.features(), z, List.copyOf(vm.clusterNames()));
        radar.setUserData("segment.profiles.radar");
        ChartSupport.installPngExport(radar);
        HBox heatAndRadar = new HBox(20, heat, radar);
        profilesBox.getChildren().addAll(names, sizes, new Label(Messages.get("segment.profiles.heatmap")), heatAndRadar,
                new Label(Messages.get("segment.profiles.means")), meansGrid);
    }

    private GridPane meansGrid(List<String> rows, Profiles p, double[][] means) {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(3);
        for (int j = 0; j < p.features().size(); j++) {
            Label h = new Label(p.features().get(j));
            h.setStyle("-fx-font-weight: bold;");
            g.add(h, j + 1, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            g.add(new Label(rows.get(r)), 0, r + 1);
            for (int j = 0; j < p.features().size(); j++) {
                double median = r < p.clusters().size() ? p.clusters().get(r).median()[j] : p.overallMedian()[j];
                g.add(new Label(String.format(Locale.ROOT, "%.4g / %.4g", means[r][j], median)), j + 1, r + 1);
            }
        }
        return g;
    }

    private static String toWeb(javafx.scene.paint.Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255));
    }

    // ---------------------------------------------------------------- map
    private Node mapTab() {
        ComboBox<Projection.Method> method = new ComboBox<>();
        method.getItems().setAll(Projection.Method.values());
        method.valueProperty().bindBidirectional(insights.methodProperty());
        Button compute = new Button(Messages.get("segment.map.compute"));
        compute.setOnAction(e -> insights.computeProjection());
        Button reset = new Button(Messages.get("segment.map.reset"));
        reset.setOnAction(e -> scatter.resetView());
        Label hint = new Label(Messages.get("segment.map.hint"));
        javafx.scene.control.CheckBox threeD = new javafx.scene.control.CheckBox(Messages.get("segment.map.3d"));
        threeD.selectedProperty().bindBidirectional(insights.threeDProperty());
        rotation.setPrefWidth(160);
        rotation.disableProperty().bind(threeD.selectedProperty().not());
        rotation.valueProperty().addListener((o, a, b) -> showProjection());
        HBox bar = new HBox(8, new Label(Messages.get("segment.map.method")), method, threeD, compute, reset,
                new Label(Messages.get("segment.map.rotation")), rotation, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane p = new BorderPane(scatter);
        p.setTop(bar);
        scatter.setUserData("segment.map");
        ChartSupport.installPngExport(scatter);
        Exports.table(scatter, Messages.get("segment.tab.map"), () -> vm.clusteringProperty().get() == null ? null : ResultTables.projection(Messages.get("segment.tab.map"), insights.projectionProperty().get(), vm.clusteringProperty().get().labels(), vm.clusteringProperty().get().analysis().prep().sourceRows(), List.copyOf(vm.clusterNames())));
        return p;
    }

    private void showProjection() {
        Projection pr = insights.projectionProperty().get();
        SegmentViewModel.Clustering c = vm.clusteringProperty().get();
        if (pr == null || c == null) {
            scatter.setData(new double[0], new double[0], new int[0], i -> "");
            return;
        }
        int n = pr.rows().length;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] g = new int[n];
        // 3D maps are shown rotated about the vertical axis by the slider, with a fixed 20° tilt
        double yaw = Math.toRadians(rotation.getValue());
        double pitch = Math.toRadians(20);
        for (int i = 0; i < n; i++) {
            double[] p = pr.coords()[i];
            if (pr.dims() == 3) {
                double x1 = p[0] * Math.cos(yaw) + p[2] * Math.sin(yaw);
                double z1 = -p[0] * Math.sin(yaw) + p[2] * Math.cos(yaw);
                x[i] = x1;
                y[i] = p[1] * Math.cos(pitch) - z1 * Math.sin(pitch);
            } else {
                x[i] = p[0];
                y[i] = p[1];
            }
            g[i] = c.labels()[pr.rows()[i]];
        }
        int[] rows = pr.rows();
        scatter.setData(x, y, g, i -> vm.clusterNames().get(g[i]) + "\n" + Messages.get("segment.map.row",
                c.analysis().prep().sourceRows()[rows[i]] + 1));
        scatter.setOnLasso(sel -> vm.openRows(java.util.Arrays.stream(sel).map(i -> rows[i]).toArray(),
                Messages.get("segment.map.lasso", sel.length)));
        scatter.setOnPoint(i -> vm.openRows(new int[] {rows[i]}, Messages.get("segment.map.point",
                c.analysis().prep().sourceRows()[rows[i]] + 1)));
    }

    // ---------------------------------------------------------------- explain and prioritise
    private Node explainTab() {
        Spinner<Integer> depth = new Spinner<>(1, 6, insights.depthProperty().get());
        depth.valueProperty().addListener((o, a, b) -> insights.depthProperty().set(b));
        Button save = new Button(Messages.get("segment.explain.save"));
        save.setOnAction(e -> insights.saveModel());
        Button score = new Button(Messages.get("segment.explain.score"));
        score.setOnAction(e -> insights.scoreFile());
        HBox bar = new HBox(8, new Label(Messages.get("segment.explain.depth")), depth, save, score);
        bar.setAlignment(Pos.CENTER_LEFT);
        form.setHgap(6);
        form.setVgap(4);
        Button classify = new Button(Messages.get("segment.explain.classify"));
        classify.setOnAction(e -> {
            Map<String, String> values = new HashMap<>();
            formFields.forEach((k, f) -> values.put(k, f.getText()));
            insights.classify(values);
        });
        Label result = new Label();
        result.setWrapText(true);
        result.textProperty().bind(insights.classificationProperty());
        VBox client = new VBox(6, new Label(Messages.get("segment.explain.client")), form, classify, result);

        ComboBox<String> value = new ComboBox<>();
        ComboBox<String> risk = new ComboBox<>();
        vm.clusteringProperty().addListener((o, a, b) -> {
            List<String> cols = new ArrayList<>(List.of(""));
            cols.addAll(insights.numericColumns());
            value.getItems().setAll(cols);
            risk.getItems().setAll(cols);
        });
        value.valueProperty().bindBidirectional(insights.valueColumnProperty());
        risk.valueProperty().bindBidirectional(insights.riskColumnProperty());
        TableView<Prioritizer.Priority> prio = new TableView<>(insights.priorities());
        prio.getColumns().add(column("segment.priority.rank", pr -> String.valueOf(pr.rank())));
        prio.getColumns().add(column("segment.priority.cluster", pr -> vm.clusterNames().get(pr.cluster())));
        prio.getColumns().add(column("segment.priority.reason", Prioritizer.Priority::reason));
        prio.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        prio.setPrefHeight(220);
        Exports.table(prio, Messages.get("segment.priority.title"));
        prio.setRowFactory(t -> {
            javafx.scene.control.TableRow<Prioritizer.Priority> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    vm.openCluster(row.getItem().cluster());
                }
            });
            return row;
        });
        HBox prioBar = new HBox(8, new Label(Messages.get("segment.priority.value")), value,
                new Label(Messages.get("segment.priority.risk")), risk);
        prioBar.setAlignment(Pos.CENTER_LEFT);
        Label logistic = new Label();
        logistic.setWrapText(true);
        logistic.textProperty().bind(insights.logisticProperty());
        VBox box = new VBox(10, bar, treeBox, logistic, client, new Label(Messages.get("segment.priority.title")),
                prioBar, prio);
        box.setPadding(new Insets(10));
        return scroll(box);
    }

    private void showTree() {
        treeBox.getChildren().clear();
        ClusterTree t = insights.treeProperty().get();
        ClusterTree.Fidelity f = insights.fidelityProperty().get();
        if (t == null || f == null) {
            return;
        }
        StringBuilder recall = new StringBuilder();
        for (int c = 0; c < f.recall().length; c++) {
            recall.append(c == 0 ? "" : "; ").append(vm.clusterNames().get(c)).append(": ")
                    .append(String.format(Locale.ROOT, "%.0f%%", f.recall()[c] * 100));
        }
        Label fid = new Label(Messages.get("segment.explain.fidelity", f.accuracy(), recall.toString()));
        fid.setWrapText(true);
        TreeDiagram diagram = new TreeDiagram(t, List.copyOf(vm.clusterNames()), insights::openTreeNode);
        diagram.setUserData("segment.explain.tree");
        ChartSupport.installPngExport(diagram);
        ScrollPane sp = new ScrollPane(diagram);
        sp.setPrefHeight(Math.min(520, diagram.getPrefHeight() + 20));
        treeBox.getChildren().addAll(fid, sp);
    }

    private void buildForm() {
        form.getChildren().clear();
        formFields.clear();
        int i = 0;
        for (String f : insights.formFeatures()) {
            TextField field = new TextField();
            field.setPrefColumnCount(8);
            formFields.put(f, field);
            form.add(new Label(f), (i % 4) * 2, i / 4);
            form.add(field, (i % 4) * 2 + 1, i / 4);
            i++;
        }
    }

    // ---------------------------------------------------------------- RFM
    private Node rfmTab() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(Messages.get("segment.rfm.customer")), combo(rfm.customerProperty()),
                new Label(Messages.get("segment.rfm.date")), combo(rfm.dateProperty()));
        ComboBox<String> amount = combo(rfm.amountProperty());
        amount.setEditable(true);
        g.addRow(1, new Label(Messages.get("segment.rfm.amount")), amount,
                new Label(Messages.get("segment.rfm.invoice")), combo(rfm.invoiceProperty()));
        Spinner<Integer> k = new Spinner<>(2, 12, rfm.kProperty().get());
        k.valueProperty().addListener((o, a, b) -> rfm.kProperty().set(b));
        Button run = new Button(Messages.get("segment.rfm.run"));
        run.setOnAction(e -> rfm.compute());
        g.addRow(2, new Label(Messages.get("segment.rfm.k")), k, run);
        VBox box = new VBox(10, g, rfmBox);
        Exports.table(rfmBox, Messages.get("segment.tab.rfm"), () -> rfm.outcomeProperty().get() == null ? null : ResultTables.rfm(Messages.get("segment.tab.rfm"), rfm.outcomeProperty().get().rfm(), rfm.outcomeProperty().get().clusters()));
        box.setPadding(new Insets(10));
        return scroll(box);
    }

    private ComboBox<String> combo(javafx.beans.property.StringProperty p) {
        ComboBox<String> c = new ComboBox<>(rfm.columns());
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    private void showRfm() {
        rfmBox.getChildren().clear();
        RfmViewModel.Outcome o = rfm.outcomeProperty().get();
        if (o == null) {
            return;
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> bars = new BarChart<>(x, y);
        ChartSupport.localizeAxes(bars);
        bars.setTitle(Messages.get("segment.rfm.segments", o.rfm().size(), o.rfm().asOf()));
        bars.setLegendVisible(false);
        bars.setAnimated(false);
        bars.setPrefHeight(320);
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        int[] counts = o.rfm().segmentCounts();
        List<RfmSegment> segs = List.of(RfmSegment.values());
        for (RfmSegment seg : segs) {
            s.getData().add(new XYChart.Data<>(Messages.get(seg.messageKey()), counts[seg.ordinal()]));
        }
        bars.getData().add(s);
        for (int i = 0; i < segs.size(); i++) {
            RfmSegment seg = segs.get(i);
            Node n = s.getData().get(i).getNode();
            n.setCursor(javafx.scene.Cursor.HAND);
            n.setOnMouseClicked(e -> rfm.open(seg, -1));
        }
        bars.setUserData("segment.rfm.bars");
        ChartSupport.installPngExport(bars);
        List<String> rows = segs.stream().map(seg -> Messages.get(seg.messageKey())).toList();
        List<String> cols = new ArrayList<>();
        for (int c = 0; c < o.k(); c++) {
            cols.add(Messages.get("segment.cluster.name", c + 1));
        }
        double[][] v = new double[segs.size()][o.k()];
        for (int r = 0; r < segs.size(); r++) {
            for (int c = 0; c < o.k(); c++) {
                v[r][c] = o.crosstab()[r][c];
            }
        }
        Heatmap heat = new Heatmap(rows, cols, v, false, d -> String.valueOf((long) d),
                (r, c) -> rfm.open(segs.get(r), c));
        heat.setUserData("segment.rfm.heatmap");
        ChartSupport.installPngExport(heat);
        rfmBox.getChildren().addAll(bars, new Label(Messages.get("segment.rfm.crosstab")), heat);
    }

    // ---------------------------------------------------------------- alternatives
    private Node alternativesTab() {
        Button search = new Button(Messages.get("segment.alt.search"));
        search.setOnAction(e -> alternatives.searchSubset());
        ListView<String> groupList = new ListView<>();
        groupList.setPrefHeight(140);
        Map<String, javafx.beans.property.BooleanProperty> checks = new HashMap<>();
        vm.analysisProperty().addListener((o, a, b) -> {
            checks.clear();
            alternatives.group().clear();
            groupList.getItems().setAll(b == null ? List.of() : b.features().names());
        });
        groupList.setCellFactory(CheckBoxListCell.forListView(name -> checks.computeIfAbsent(name, nm -> {
            javafx.beans.property.BooleanProperty p = new javafx.beans.property.SimpleBooleanProperty();
            p.addListener((o, was, now) -> {
                if (now) {
                    alternatives.group().add(nm);
                } else {
                    alternatives.group().remove(nm);
                }
            });
            return p;
        })));
        Button compare = new Button(Messages.get("segment.alt.compare"));
        compare.setOnAction(e -> alternatives.compareGroup());
        Button ward = new Button(Messages.get("segment.alt.ward"));
        ward.setOnAction(e -> alternatives.ward());
        Spinner<Integer> minPts = new Spinner<>(2, 200, alternatives.minPointsProperty().get());
        minPts.valueProperty().addListener((o, a, b) -> alternatives.minPointsProperty().set(b));
        TextField radius = new TextField();
        radius.setPromptText(Messages.get("segment.alt.radius.auto"));
        radius.setPrefColumnCount(8);
        alternatives.radiusProperty().addListener((o, a, b) -> radius.setText(Double.isNaN(b.doubleValue()) ? ""
                : String.format(Locale.ROOT, "%.4g", b.doubleValue())));
        Button dbscan = new Button(Messages.get("segment.alt.dbscan"));
        dbscan.setOnAction(e -> {
            try {
                alternatives.radiusProperty().set(radius.getText().isBlank() ? Double.NaN
                        : Double.parseDouble(radius.getText().trim().replace(',', '.')));
            } catch (NumberFormatException ex) {
                alternatives.radiusProperty().set(Double.NaN);
            }
            alternatives.dbscan();
        });
        Label dbSummary = new Label();
        dbSummary.setWrapText(true);
        dbSummary.textProperty().bind(alternatives.dbscanSummaryProperty());
        HBox dbBar = new HBox(8, new Label(Messages.get("segment.alt.minpts")), minPts,
                new Label(Messages.get("segment.alt.radius")), radius, dbscan);
        dbBar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10,
                header("segment.alt.features"), wrapped("segment.alt.features.hint"), search, subsetBox,
                new Label(Messages.get("segment.alt.group")), groupList, compare, comparisonBox,
                header("segment.alt.hierarchy"), ward, wardBox,
                header("segment.alt.density"), dbBar, dbSummary,
                header("segment.alt.mixture"), mixtureBar(), mixtureBox);
        box.setPadding(new Insets(10));
        return scroll(box);
    }

    private Node mixtureBar() {
        Spinner<Integer> k = new Spinner<>(0, 40, alternatives.mixtureKProperty().get());
        k.valueProperty().addListener((o, a, b) -> alternatives.mixtureKProperty().set(b));
        k.setPrefWidth(80);
        Button run = new Button(Messages.get("segment.alt.gmm"));
        run.setOnAction(e -> alternatives.gaussianMixture());
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(alternatives.mixtureSummaryProperty());
        HBox bar = new HBox(8, new Label(Messages.get("segment.alt.gmm.k")), k, run);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, bar, summary);
    }

    /** One button per mixture component (size, weight); a click opens its rows. */
    private void showMixture() {
        mixtureBox.getChildren().clear();
        var gm = alternatives.mixtureProperty().get();
        if (gm == null) {
            return;
        }
        int[] sizes = gm.sizes();
        for (int c = 0; c < gm.k(); c++) {
            int comp = c;
            Button b = new Button(Messages.get("segment.gmm.component", c + 1, sizes[c], gm.weights()[c]));
            b.setOnAction(e -> alternatives.openComponent(comp));
            mixtureBox.getChildren().add(b);
        }
    }

    private static Label wrapped(String key) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        return l;
    }

    private static Label header(String key) {
        Label l = new Label(Messages.get(key));
        l.setStyle("-fx-font-size: 14px; -fx-font-weight: bold;");
        return l;
    }

    private void showSubset() {
        subsetBox.getChildren().clear();
        var r = alternatives.subsetProperty().get();
        if (r == null) {
            return;
        }
        Label best = new Label(Messages.get("segment.alt.subset", String.join(", ", r.subset()), r.k(), r.silhouette()));
        Label all = new Label(Messages.get("segment.alt.all", r.allFeatures().size(), r.allK(), r.allSilhouette()));
        best.setStyle("-fx-font-weight: bold;");
        HBox side = new HBox(30, best, all);
        subsetBox.getChildren().addAll(side, new Label(Messages.get("segment.alt.subset.note", r.evaluated())));
    }

    private void showComparison() {
        comparisonBox.getChildren().clear();
        var c = alternatives.comparisonProperty().get();
        if (c == null) {
            return;
        }
        Node with = metricChart("segment.metric.silhouette", c.with(), KScore::silhouette, c.with().recommendedK());
        Node without = metricChart("segment.metric.silhouette", c.without(), KScore::silhouette,
                c.without().recommendedK());
        ((LineChart<?, ?>) with).setTitle(Messages.get("segment.alt.with", c.with().reason()));
        ((LineChart<?, ?>) without).setTitle(Messages.get("segment.alt.without", String.join(", ", c.group()),
                c.without().reason()));
        for (Node n : new Node[] {with, without}) {
            ((LineChart<?, ?>) n).setPrefWidth(560);
            ((LineChart<?, ?>) n).setStyle("-fx-font-size: 10px;");
        }
        comparisonBox.getChildren().addAll(with, without);
    }

    private void showWard() {
        wardBox.getChildren().clear();
        var d = alternatives.dendrogramProperty().get();
        if (d == null) {
            return;
        }
        DendrogramView dv = new DendrogramView(d, 30, alternatives::openBranch);
        dv.setUserData("segment.alt.hierarchy");
        ChartSupport.installPngExport(dv);
        wardBox.getChildren().addAll(new Label(Messages.get("segment.alt.ward.note", d.size())), dv);
    }

    public Parent root() {
        return root;
    }

    public TabPane tabs() {
        return tabs;
    }

    ScatterCanvas scatter() {
        return scatter;
    }

    VBox profilesBox() {
        return profilesBox;
    }

    VBox rfmBox() {
        return rfmBox;
    }

    FlowPane metricCharts() {
        return metricCharts;
    }
}
