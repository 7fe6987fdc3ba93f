package dev.glas.ui.text;

import dev.glas.core.data.Dataset;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.TaskRunner;
import dev.glas.core.text.FolderTextModel;
import dev.glas.core.text.GlasModelFile;
import dev.glas.core.text.ModelFolder;
import dev.glas.core.text.TextClassification;
import dev.glas.core.text.TextClustering;
import dev.glas.core.text.TextDashboard;
import dev.glas.core.text.TextModel;
import dev.glas.core.text.TextTrainer;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.DialogService;
import dev.glas.ui.common.FileType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Texts page: model folders and trained models, classification of a text column,
 * TF-IDF training from a labelled column, themes of open answers, and the dashboard (distribution, heat map of
 * two label columns, breakdown by a categorical column, monthly trend) whose cells open drill-downs.
 */
public final class TextViewModel {

    /** An entry of the models list: a validated folder or a trained model. */
    public record ModelItem(String name, String description, TextModel model, ModelFolder folder) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A theme of the clustering, with an editable name. */
    public static final class ThemeRow {
        private final StringProperty name;
        private final TextClustering.Cluster cluster;

        ThemeRow(String name, TextClustering.Cluster cluster) {
            this.name = new SimpleStringProperty(name);
            this.cluster = cluster;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public TextClustering.Cluster cluster() {
            return cluster;
        }

        public String keywords() {
            return String.join(", ", cluster.keywords());
        }
    }

    static final FileType GLASMODEL = new FileType("text.filetype.glasmodel", List.of("glasmodel"));
    static final FileType CONFIG = new FileType("text.filetype.config", List.of("json"));

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<ModelItem> models = FXCollections.observableArrayList();
    private final ObjectProperty<ModelItem> selectedModel = new SimpleObjectProperty<>(this, "selectedModel");
    private final ObservableList<String> textColumns = FXCollections.observableArrayList();
    private final ObservableList<String> categoryColumns = FXCollections.observableArrayList();
    private final StringProperty textColumn = new SimpleStringProperty(this, "textColumn");
    private final StringProperty labelColumn = new SimpleStringProperty(this, "labelColumn");
    private final StringProperty breakdownColumn = new SimpleStringProperty(this, "breakdownColumn");
    private final StringProperty heatRows = new SimpleStringProperty(this, "heatRows");
    private final StringProperty heatColumns = new SimpleStringProperty(this, "heatColumns");
    private final StringProperty dashboardLabel = new SimpleStringProperty(this, "dashboardLabel");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final IntegerProperty kMin = new SimpleIntegerProperty(this, "kMin", 2);
    private final IntegerProperty kMax = new SimpleIntegerProperty(this, "kMax", 10);
    private final ObjectProperty<ModelItem> clusterEncoder = new SimpleObjectProperty<>(this, "clusterEncoder");
    private final ObservableList<TextDashboard.Cell> distribution = FXCollections.observableArrayList();
    private final ObjectProperty<TextDashboard.Crosstab> heatmap = new SimpleObjectProperty<>(this, "heatmap");
    private final ObjectProperty<TextDashboard.Crosstab> breakdown = new SimpleObjectProperty<>(this, "breakdown");
    private final ObjectProperty<TextDashboard.Crosstab> trend = new SimpleObjectProperty<>(this, "trend");
    private final ObjectProperty<TextClustering.Result> clustering = new SimpleObjectProperty<>(this, "clustering");
    private final ObservableList<ThemeRow> themes = FXCollections.observableArrayList();
    private final ObjectProperty<TextClassification.Result> lastClassification = new SimpleObjectProperty<>(this, "last");
    private final TextProject project;

    public TextViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        state.currentDatasetProperty().addListener((o, a, b) -> refreshColumns());
        dashboardLabel.addListener((o, a, b) -> refreshDashboard());
        breakdownColumn.addListener((o, a, b) -> refreshDashboard());
        heatRows.addListener((o, a, b) -> refreshDashboard());
        heatColumns.addListener((o, a, b) -> refreshDashboard());
        refreshColumns();
        project = new TextProject(this, state, tasks);
    }

    // ---------------------------------------------------------------- models

    /** Asks for a model folder (by its config.json) and adds it. */
    public void addModelFolder() {
        dialogs.chooseOpenFile(Messages.get("text.models.choose"), List.of(CONFIG, FileType.ALL))
                .ifPresent(p -> addModelFolder(p.getFileName().toString().endsWith(".json") ? p.getParent() : p));
    }

    /** Validates a folder; adds it (and selects it) when usable, shows why not otherwise. */
    public boolean addModelFolder(Path folder) {
        try {
            ModelFolder f = ModelFolder.inspect(folder);
            TextModel model = f.task() == ModelFolder.Task.CLASSIFICATION
                    ? new FolderTextModel(f, ModelFolder.Backend.AUTO, 32) : null;
            ModelItem item = new ModelItem(f.name(), describe(f), model, f);
            models.add(item);
            selectedModel.set(item);
            message.set(item.description());
            return true;
        } catch (Exception e) {
            message.set(e.getLocalizedMessage());
            dialogs.showError(Messages.get("text.models.invalid"), e);
            return false;
        }
    }

    static String describe(ModelFolder f) {
        String weights = (f.torchScript() != null ? "TorchScript" : "")
                + (f.torchScript() != null && f.safetensors() != null ? " + " : "")
                + (f.safetensors() != null ? "safetensors" : "");
        String size = String.format(Locale.ROOT, "%.1f", f.sizeBytes() / 1e6);
        return f.task() == ModelFolder.Task.CLASSIFICATION
                ? Messages.get("text.models.classifier", f.name(), String.join(", ", f.labels()), f.maxLength(), size, weights)
                : Messages.get("text.models.encoder", f.name(), f.hiddenSize(), f.maxLength(), size, weights);
    }

    public void loadGlasModel() {
        dialogs.chooseOpenFile(Messages.get("text.models.open"), List.of(GLASMODEL)).ifPresent(this::loadGlasModel);
    }

    public void loadGlasModel(Path file) {
        try {
            TextModel m = GlasModelFile.load(file);
            add(new ModelItem(file.getFileName().toString(), Messages.get("text.models.trained", m.kind(),
                    String.join(", ", m.labels())), m, null));
        } catch (Exception e) {
            dialogs.showError(Messages.get("text.models.invalid"), e);
        }
    }

    /** Saves the selected trained model as .glasmodel. */
    public void saveSelectedModel() {
        ModelItem item = selectedModel.get();
        if (item == null || item.model() == null || item.folder() != null) {
            dialogs.showInfo(Messages.get("text.models.save"), Messages.get("text.models.save.none"));
            return;
        }
        dialogs.chooseSaveFile(Messages.get("text.models.save"), item.name() + GlasModelFile.EXTENSION, List.of(GLASMODEL))
                .ifPresent(p -> {
                    try {
                        GlasModelFile.save(item.model(), new GlasModelFile.Info(textColumn.get(), labelColumn.get(),
                                0, Double.NaN, 42), p);
                    } catch (Exception e) {
                        dialogs.showError(Messages.get("text.models.save"), e);
                    }
                });
    }

    private void add(ModelItem item) {
        models.add(item);
        selectedModel.set(item);
        message.set(item.description());
    }

    // ---------------------------------------------------------------- train / classify / cluster

    /** Trains TF-IDF + logistic regression (5-fold CV, seed 42) from the text and label columns. */
    public void trainTfidf() {
        Dataset d = state.currentDataset();
        String text = textColumn.get();
        String label = labelColumn.get();
        if (d == null || text == null || label == null) {
            dialogs.showInfo(Messages.get("text.train.title"), Messages.get("text.need.columns"));
            return;
        }
        busy.set(true);
        tasks.submit("text.task.train", (p, c) -> TextTrainer.train(TextClassification.texts(d, text),
                TextClassification.texts(d, label), TextTrainer.Options.tfidf(5, 42), p, c), r -> {
                    busy.set(false);
                    ModelItem item = new ModelItem(Messages.get("text.models.tfidf.name", label), Messages.get(
                            "text.train.done", r.rows(), r.classCounts().size(),
                            String.format(Locale.ROOT, "%.3f", r.cvMacroF1())), r.model(), null);
                    add(item);
                    project.trained(item, r);
                }, this::failed);
    }

    /** Classifies the text column with the selected model; the result columns join the current dataset. */
    public void classify() {
        Dataset d = state.currentDataset();
        ModelItem item = selectedModel.get();
        String text = textColumn.get();
        if (d == null || text == null || item == null || item.model() == null) {
            dialogs.showInfo(Messages.get("text.classify.title"), Messages.get("text.need.model"));
            return;
        }
        String truth = labelColumn.get();
        busy.set(true);
        tasks.submit("text.task.classify", (p, c) -> TextClassification.run(d, text, item.model(), truth, p, c), r -> {
            busy.set(false);
            lastClassification.set(r);
            state.currentDatasetProperty().set(r.dataset());
            String f1 = r.evaluation() == null ? "—" : String.format(Locale.ROOT, "%.3f", r.evaluation().macroF1());
            message.set(Messages.get("text.classify.done", r.classified(), r.truncated(), f1,
                    String.format(Locale.ROOT, "%.0f", r.textsPerSecond())));
            if (heatRows.get() != null && !heatRows.get().equals(r.labelColumn())) {
                heatColumns.set(r.labelColumn());
            } else {
                heatRows.set(r.labelColumn());
            }
            dashboardLabel.set(r.labelColumn());
            refreshDashboard();
            project.classified(item, r);
        }, this::failed);
    }

    /** Themes of the text column (TF-IDF + SVD, or embeddings of the chosen encoder folder). */
    public void cluster() {
        Dataset d = state.currentDataset();
        String text = textColumn.get();
        if (d == null || text == null) {
            dialogs.showInfo(Messages.get("text.cluster.title"), Messages.get("text.need.columns"));
            return;
        }
        ModelItem encItem = clusterEncoder.get();
        ModelFolder enc = encItem == null ? null : encItem.folder();
        TextClustering.Options o = TextClustering.Options.defaults(enc, Math.max(2, kMin.get()),
                Math.max(Math.max(2, kMin.get()), kMax.get()), 42);
        busy.set(true);
        tasks.submit("text.task.cluster", (p, c) -> TextClustering.run(TextClassification.texts(d, text), o, p, c), r -> {
            busy.set(false);
            clustering.set(r);
            themes.setAll(r.clusters().stream().map(cl -> new ThemeRow(Messages.get("text.theme.default", cl.id() + 1,
                    cl.keywords().isEmpty() ? "" : cl.keywords().getFirst()), cl)).toList());
            message.set(Messages.get("text.cluster.done", r.k(), r.duplicates().size()));
            project.clustered(r, encItem, o.kMin(), o.kMax());
        }, this::failed);
    }

    public void renameTheme(int index, String name) {
        if (name != null && !name.isBlank()) {
            themes.get(index).nameProperty().set(name.strip());
            project.themeRenamed(index, name.strip());
        }
    }

    /** Drill-down to the answers of a theme. */
    public void openTheme(int index) {
        ThemeRow t = themes.get(index);
        open(t.cluster().rows(), t.nameProperty().get());
    }

    /** Drill-down to a duplicate group. */
    public void openDuplicates(TextClustering.DuplicateGroup g) {
        open(g.rows(), Messages.get("text.duplicates.drill", g.rows().length));
    }

    /** Drill-down to the texts of a bar or cell. */
    public void openCell(TextDashboard.Cell cell) {
        open(cell.rows(), cell.column() == null ? cell.row() : cell.row() + " × " + cell.column());
    }

    private void open(int[] rows, String what) {
        Dataset d = state.currentDataset();
        if (d != null && rows.length > 0) {
            state.openSelection(RowSelection.of(d, rows, Messages.get("text.drill", what, rows.length)));
        }
    }

    private void failed(Throwable t) {
        busy.set(false);
        project.failed(t);
        if (!(t instanceof dev.glas.core.task.CancelledException)) {
            dialogs.showError(Messages.get("text.error.title"), t);
        }
    }

    // ---------------------------------------------------------------- dashboard

    private void refreshColumns() {
        Dataset d = state.currentDataset();
        if (d == null) {
            textColumns.clear();
            categoryColumns.clear();
            return;
        }
        textColumns.setAll(TextDashboard.textColumns(d));
        categoryColumns.setAll(TextDashboard.categoricalColumns(d));
        if (textColumn.get() == null || !d.columnNames().contains(textColumn.get())) {
            textColumn.set(d.columnNames().stream().filter(c -> d.type(c) == dev.glas.core.data.ColumnType.TEXT)
                    .findFirst().orElse(textColumns.isEmpty() ? null : textColumns.getFirst()));
        }
        refreshDashboard();
    }

    /** Recomputes the dashboard aggregates from the current dataset (cheap: counting). */
    public void refreshDashboard() {
        Dataset d = state.currentDataset();
        String label = dashboardLabel.get();
        if (d == null || label == null || !d.columnNames().contains(label)) {
            distribution.clear();
            heatmap.set(null);
            breakdown.set(null);
            trend.set(null);
            return;
        }
        distribution.setAll(TextDashboard.distribution(d, label));
        heatmap.set(heatRows.get() != null && heatColumns.get() != null && d.columnNames().contains(heatRows.get())
                && d.columnNames().contains(heatColumns.get())
                ? TextDashboard.crosstab(d, heatRows.get(), heatColumns.get()) : null);
        breakdown.set(breakdownColumn.get() != null && d.columnNames().contains(breakdownColumn.get())
                ? TextDashboard.crosstab(d, breakdownColumn.get(), label) : null);
        List<String> dates = TextDashboard.dateColumns(d);
        trend.set(dates.isEmpty() ? null : TextDashboard.monthlyTrend(d, label, dates.getFirst()));
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<ModelItem> models() {
        return models;
    }

    public ObjectProperty<ModelItem> selectedModelProperty() {
        return selectedModel;
    }

    public ObservableList<String> textColumns() {
        return textColumns;
    }

    public ObservableList<String> categoryColumns() {
        return categoryColumns;
    }

    public StringProperty textColumnProperty() {
        return textColumn;
    }

    public StringProperty labelColumnProperty() {
        return labelColumn;
    }

    public StringProperty breakdownColumnProperty() {
        return breakdownColumn;
    }

    public StringProperty heatRowsProperty() {
        return heatRows;
    }

    public StringProperty heatColumnsProperty() {
        return heatColumns;
    }

    public StringProperty dashboardLabelProperty() {
        return dashboardLabel;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public IntegerProperty kMinProperty() {
        return kMin;
    }

    public IntegerProperty kMaxProperty() {
        return kMax;
    }

    public ObjectProperty<ModelItem> clusterEncoderProperty() {
        return clusterEncoder;
    }

    public ObservableList<TextDashboard.Cell> distribution() {
        return distribution;
    }

    public ObjectProperty<TextDashboard.Crosstab> heatmapProperty() {
        return heatmap;
    }

    public ObjectProperty<TextDashboard.Crosstab> breakdownProperty() {
        return breakdown;
    }

    public ObjectProperty<TextDashboard.Crosstab> trendProperty() {
        return trend;
    }

    public ObjectProperty<TextClustering.Result> clusteringProperty() {
        return clustering;
    }

    public ObservableList<ThemeRow> themes() {
        return themes;
    }

    public ObjectProperty<TextClassification.Result> lastClassificationProperty() {
        return lastClassification;
    }
}
