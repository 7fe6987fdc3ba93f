package dev.glas.ui.churn;

import dev.glas.core.churn.Balance;
import dev.glas.core.churn.ChurnLab;
import dev.glas.core.churn.ChurnModel;
import dev.glas.core.churn.ChurnOptions;
import dev.glas.core.churn.ChurnResult;
import dev.glas.core.churn.ChurnSetup;
import dev.glas.core.churn.FoldMetrics;
import dev.glas.core.churn.LeakSuspect;
import dev.glas.core.churn.LeakageCheck;
import dev.glas.core.churn.Metrics;
import dev.glas.core.churn.ModelFile;
import dev.glas.core.churn.ModelKind;
import dev.glas.core.churn.ModelScore;
import dev.glas.core.churn.ReasonRows;
import dev.glas.core.churn.Scorer;
import dev.glas.core.churn.ThresholdCost;
import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.TaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.DialogService;
import dev.glas.ui.common.FileType;
import dev.glas.ui.common.NumberInput;
import dev.glas.ui.common.PrepSteps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Churn page: set-up (target, positive class, balance, leakage warnings, features), a run of the lab, and the
 * results — leaderboard, curves, threshold with cost matrix, lift, calibration, VIF, importance, per-client
 * reasons — with drill-downs into {@link AppState#openSelection}. Charts read the derived data through
 * {@link ChurnCharts}.
 */
public final class ChurnViewModel {

    public static final FileType MODEL_FILE = new FileType("churn.filetype.model", List.of("glasmodel"));

    /** A feature checkbox. */
    public record Feature(String name, ColumnType type, BooleanProperty selected) {
    }

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ObservableList<String> targetValues = FXCollections.observableArrayList();
    private final StringProperty positive = new SimpleStringProperty(this, "positive", "");
    private final ReadOnlyStringWrapper balanceText = new ReadOnlyStringWrapper(this, "balanceText", "");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<Feature> features = FXCollections.observableArrayList();
    private final ObjectProperty<Balance> balance = new SimpleObjectProperty<>(this, "balance", Balance.NONE);
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", 5);
    private final DoubleProperty tuneSeconds = new SimpleDoubleProperty(this, "tuneSeconds", 0);
    private final BooleanProperty useLr = new SimpleBooleanProperty(this, "lr", true);
    private final BooleanProperty useRf = new SimpleBooleanProperty(this, "rf", true);
    private final BooleanProperty useGbm = new SimpleBooleanProperty(this, "gbm", true);
    private final BooleanProperty useBlend = new SimpleBooleanProperty(this, "blend", true);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyObjectWrapper<ChurnResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObjectProperty<ModelKind> shownModel = new SimpleObjectProperty<>(this, "shownModel");
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0.5);
    private final DoubleProperty costMissed = new SimpleDoubleProperty(this, "costMissed", 500);
    private final DoubleProperty costContact = new SimpleDoubleProperty(this, "costContact", 50);
    private final ReadOnlyObjectWrapper<Metrics.Confusion> confusion = new ReadOnlyObjectWrapper<>(this, "confusion");
    private final ReadOnlyStringWrapper thresholdText = new ReadOnlyStringWrapper(this, "thresholdText", "");
    private final ObservableList<String> balanceLab = FXCollections.observableArrayList();
    /** Rows of a scored file that get reasons (exact forest TreeSHAP costs ms per client): by default the contacts. */
    private final ObjectProperty<ReasonRows> scoreReasons = new SimpleObjectProperty<>(this, "scoreReasons",
            ReasonRows.POSITIVE);
    private final ReadOnlyStringWrapper scoringText = new ReadOnlyStringWrapper(this, "scoringText", "");
    private final ChurnProject project;
    private final PrepSteps prep;
    private final NumberInput costMissedInput = new NumberInput(costMissed, "churn.ui.cost.missed", 0,
            "churn.ui.cost.invalid");
    private final NumberInput costContactInput = new NumberInput(costContact, "churn.ui.cost.contact", 0,
            "churn.ui.cost.invalid");

    public ChurnViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        prep = new PrepSteps(tasks, "churn.task.preview", dataset::get, this::chosenFeatures, this::fail);
        dataset.bind(state.currentDatasetProperty());
        dataset.addListener((o, a, d) -> onDataset(d));
        target.addListener((o, a, t) -> onTarget());
        positive.addListener((o, a, p) -> onPositive());
        threshold.addListener((o, a, b) -> updateConfusion());
        costMissed.addListener((o, a, b) -> updateConfusion());
        costContact.addListener((o, a, b) -> updateConfusion());
        shownModel.addListener((o, a, b) -> updateConfusion());
        onDataset(dataset.get());
        project = new ChurnProject(this, state, tasks);
    }

    private void onDataset(Dataset d) {
        result.set(null);
        prep.reset(ChurnSetup.defaultSteps());
        columns.setAll(d == null ? List.of() : d.columnNames());
        String guess = d == null ? "" : d.columnNames().stream()
                .filter(c -> c.toLowerCase(java.util.Locale.ROOT).matches("churn|y|target|label|отток|exited|left"))
                .findFirst().orElse("");
        target.set(guess);
        onTarget();
    }

    private void onTarget() {
        Dataset d = dataset.get();
        String t = target.get();
        if (d == null || t == null || t.isEmpty() || !d.columnNames().contains(t)) {
            targetValues.clear();
            features.clear();
            positive.set("");
            return;
        }
        List<String> values = new ArrayList<>(ChurnLab.values(d, t));
        if (d.column(t) instanceof tech.tablesaw.api.BooleanColumn) {
            values.sort(java.util.Comparator.reverseOrder()); // yes before no
        }
        targetValues.setAll(values);
        String pos = ChurnLab.suggestPositive(d, t);
        ChurnSetup def = ChurnSetup.defaults(d, t, pos.isEmpty() ? "1" : pos);
        List<Feature> fs = new ArrayList<>();
        for (String c : d.columnNames()) {
            if (!c.equals(t)) {
                SimpleBooleanProperty on = new SimpleBooleanProperty(def.features().contains(c));
                on.addListener((o, a, b) -> prep.selectionChanged());
                fs.add(new Feature(c, d.type(c), on));
            }
        }
        features.setAll(fs);
        positive.set(pos);
        onPositive();
    }

    private void onPositive() {
        describeTarget(true);
    }

    /** After a language change (the page ViewModel outlives its view): class balance, leak and threshold texts again. */
    public void relocalize() {
        describeTarget(false);
        updateConfusion();
    }

    /**
     * Class balance and leakage suspects of the chosen target and positive class; {@code untickSuspects} also
     * unticks the suspected features (when the target changes, not when only the texts are redone).
     */
    private void describeTarget(boolean untickSuspects) {
        Dataset d = dataset.get();
        warnings.clear();
        balanceText.set("");
        if (d == null || positive.get() == null || positive.get().isEmpty() || target.get().isEmpty()) {
            return;
        }
        try {
            int[] y = ChurnLab.labels(d, target.get(), positive.get());
            int[] rows = java.util.stream.IntStream.range(0, y.length).filter(i -> y[i] >= 0).toArray();
            int[] yy = Arrays.stream(rows).map(i -> y[i]).toArray();
            int pos = Arrays.stream(yy).sum();
            balanceText.set(Messages.get("churn.ui.balance.text", pos, yy.length - pos,
                    yy.length == 0 ? 0 : 100.0 * pos / yy.length));
            for (LeakSuspect s : LeakageCheck.scan(d, target.get(), yy, rows)) {
                warnings.add(Messages.get(s.messageKey(), s.column()));
                if (untickSuspects
                        && (s.kind() != LeakSuspect.Kind.POST_OUTCOME || s.column().equalsIgnoreCase("duration"))) {
                    features.stream().filter(f -> f.name().equals(s.column())).forEach(f -> f.selected().set(false));
                }
            }
        } catch (dev.glas.core.i18n.LocalizedException e) {
            balanceText.set(e.getLocalizedMessage());
        }
    }

    /**
     * How a target value is shown in the positive-class list: a yes/no column (read as booleans, whatever the
     * file wrote: Yes/No, yes/no, 1/0, да/нет) shows yes/no in the UI language; other values as in the file.
     */
    public String valueLabel(String value) {
        Dataset d = dataset.get();
        String t = target.get();
        if (value != null && d != null && t != null && d.columnNames().contains(t)
                && d.column(t) instanceof tech.tablesaw.api.BooleanColumn) {
            if (value.equals("true")) {
                return Messages.get("value.true");
            }
            if (value.equals("false")) {
                return Messages.get("value.false");
            }
        }
        return value == null ? "" : value;
    }

    List<ModelKind> chosenModels() {
        List<ModelKind> m = new ArrayList<>();
        if (useLr.get()) {
            m.add(ModelKind.LR);
        }
        if (useRf.get()) {
            m.add(ModelKind.RF);
        }
        if (useGbm.get()) {
            m.add(ModelKind.GBM);
        }
        if (useBlend.get()) {
            m.add(ModelKind.BLEND);
        }
        return m.isEmpty() ? List.of(ModelKind.GBM) : m;
    }

    List<String> chosenFeatures() {
        return features.stream().filter(f -> f.selected().get()).map(Feature::name).toList();
    }

    /** Runs the lab with the current set-up. */
    public void run() {
        Dataset d = dataset.get();
        if (d == null || target.get().isEmpty()) {
            return;
        }
        ChurnSetup setup;
        ChurnOptions opt;
        try {
            setup = setup(d);
            opt = new ChurnOptions(chosenModels(), folds.get(), 0.2, balance.get(), 42, tuneSeconds.get(), 1);
        } catch (IllegalArgumentException e) {
            dialogs.showError(Messages.get("churn.ui.title"), e);
            return;
        }
        busy.set(true);
        tasks.submit("churn.task.run", ChurnLab.work(d, setup, opt), r -> {
            busy.set(false);
            result.set(r);
            shownModel.set(r.best().kind());
            updateConfusion();
            project.ran(r);
        }, t -> {
            fail(t);
            project.failed(t);
        });
    }

    /** Shows a result restored from a project (no run). */
    void showResult(ChurnResult r) {
        result.set(r);
        shownModel.set(r.best().kind());
        updateConfusion();
    }

    /** The page's state as stored in a project (null before a run). */
    public dev.glas.core.project.analyses.ChurnAnalysis.State projectState() {
        return project.projectState();
    }

    /** The set-up of a run: target, positive class, chosen features and the edited preparation steps. */
    ChurnSetup setup(Dataset d) {
        return ChurnSetup.defaults(d, target.get(), positive.get()).withSteps(d, chosenFeatures(), prep.steps());
    }

    /** Unticks a feature (e.g. one with a high VIF) and runs again. */
    public void dropAndRerun(String feature) {
        features.stream().filter(f -> f.name().equals(feature)).forEach(f -> f.selected().set(false));
        run();
    }

    /** Compares none / weights / SMOTE / undersampling for the best single model on the same folds. */
    public void runBalanceLab() {
        ChurnResult r = result.get();
        if (r == null) {
            return;
        }
        ModelKind kind = r.best().kind() == ModelKind.BLEND ? r.best().members().get(0) : r.best().kind();
        busy.set(true);
        tasks.submit("churn.task.balance", (p, c) -> {
            List<String> rows = new ArrayList<>();
            Balance[] all = Balance.values();
            for (int i = 0; i < all.length; i++) {
                ChurnOptions o = new ChurnOptions(List.of(kind), r.options().folds(), r.options().holdout(), all[i],
                        r.options().seed(), r.options().tuneSeconds(), 0);
                ModelScore s = ChurnLab.run(r.data(), r.setup(), o, p.slice((double) i / all.length,
                        (i + 1.0) / all.length), c).best();
                rows.add(Messages.get("churn.ui.balance.row", Messages.get(all[i].messageKey()), Messages.get(kind.messageKey()),
                        s.mean(FoldMetrics::rocAuc), s.sd(FoldMetrics::rocAuc), s.mean(FoldMetrics::prAuc),
                        s.mean(FoldMetrics::f1), s.mean(FoldMetrics::recall)));
            }
            return rows;
        }, rows -> {
            busy.set(false);
            balanceLab.setAll(rows);
        }, this::fail);
    }

    /** Sets the threshold to the one with the best expected profit on the out-of-fold scores. */
    public void optimizeThreshold() {
        ModelScore s = shown();
        if (s != null) {
            ThresholdCost.Choice c = new ThresholdCost(costMissed.get(), costContact.get()).best(result.get().yCv(), s.oof());
            threshold.set(Math.min(1, c.threshold()));
        }
    }

    private void updateConfusion() {
        ModelScore s = shown();
        if (s == null) {
            confusion.set(null);
            thresholdText.set("");
            return;
        }
        Metrics.Confusion c = Metrics.confusion(result.get().yCv(), s.oof(), threshold.get());
        confusion.set(c);
        double profit = new ThresholdCost(Math.max(0, costMissed.get()), Math.max(0, costContact.get())).profit(c);
        thresholdText.set(Messages.get("churn.ui.threshold.text", threshold.get(), c.precision(), c.recall(), c.f1(),
                c.accuracy(), profit));
    }

    /** The model whose curves and confusion are shown. */
    public ModelScore shown() {
        ChurnResult r = result.get();
        return r == null || shownModel.get() == null ? null : r.score(shownModel.get());
    }

    public ChurnCharts charts() {
        ModelScore s = shown();
        return s == null ? null : new ChurnCharts(result.get(), s);
    }

    /** Drill-down into a confusion cell (actual 1/0 × predicted 1/0) at the current threshold. */
    public void openConfusionCell(int actual, int predicted) {
        ModelScore s = shown();
        if (s == null) {
            return;
        }
        int[] pos = Metrics.confusionRows(result.get().yCv(), s.oof(), threshold.get(), actual, predicted);
        open(pos, Messages.get("churn.ui.drill.confusion", Messages.get(actual == 1 ? "churn.ui.actual.pos" : "churn.ui.actual.neg"),
                Messages.get(predicted == 1 ? "churn.ui.pred.pos" : "churn.ui.pred.neg"), pos.length));
    }

    public void openLiftGroup(int group) {
        ChurnCharts c = charts();
        if (c != null) {
            int[] pos = c.lift().get(group).rows();
            open(pos, Messages.get("churn.ui.drill.decile", group + 1, pos.length));
        }
    }

    public void openCalibrationBin(int bin) {
        ChurnCharts c = charts();
        if (c != null) {
            Metrics.CalibrationBin b = c.calibration().get(bin);
            open(b.rows(), Messages.get("churn.ui.drill.calibration", b.lower(), b.upper(), b.rows().length));
        }
    }

    private void open(int[] cvPositions, String description) {
        state.openSelection(RowSelection.of(result.get().data(), result.get().datasetRows(cvPositions), description));
    }

    /** Saves the final model. */
    public void saveModel() {
        ChurnResult r = result.get();
        if (r == null) {
            return;
        }
        ChurnModel m = r.model().withThreshold(threshold.get());
        dialogs.chooseSaveFile(Messages.get("churn.ui.save.model"), "churn.glasmodel", List.of(MODEL_FILE))
                .ifPresent(f -> tasks.submit("churn.task.save", (p, c) -> {
                    ModelFile.save(m, f);
                    return f;
                }, saved -> scoringText.set(Messages.get("churn.ui.saved", saved.getFileName())), this::fail));
    }

    /** Loads a model file and scores a data file with it, writing scores next to it. */
    public void scoreFile() {
        var modelFile = dialogs.chooseOpenFile(Messages.get("churn.ui.open.model"), List.of(MODEL_FILE, FileType.ALL));
        if (modelFile.isEmpty()) {
            return;
        }
        var dataFile = dialogs.chooseOpenFile(Messages.get("churn.ui.open.data"), List.of(FileType.DATA, FileType.ALL));
        if (dataFile.isEmpty()) {
            return;
        }
        var out = dialogs.chooseSaveFile(Messages.get("churn.ui.save.scores"), "scores.csv", List.of(FileType.CSV));
        if (out.isEmpty()) {
            return;
        }
        score(modelFile.get(), dataFile.get(), out.get());
    }

    void score(Path modelFile, Path dataFile, Path out) {
        busy.set(true);
        tasks.submit("churn.task.score", (p, c) -> {
            ChurnModel m = ModelFile.load(modelFile);
            Dataset d = new dev.glas.core.data.DataImporter().read(dataFile);
            ReasonRows rows = scoreReasons.get() == null ? ReasonRows.POSITIVE : scoreReasons.get();
            Scorer.Scores s = Scorer.score(m, d, rows, p, c);
            Scorer.writeCsv(m, s, out);
            return s;
        }, s -> {
            busy.set(false);
            scoringText.set(Messages.get("churn.ui.scored", s.data().rowCount(), out.getFileName(), s.msPerClient(),
                    s.singleClientMs()) + " " + Messages.get("churn.ui.scored.reasons", s.explained()));
        }, this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        if (!(t instanceof dev.glas.core.task.CancelledException)) {
            dialogs.showError(Messages.get("churn.ui.title"), t);
        }
    }

    public ObjectProperty<Dataset> datasetProperty() { return dataset; }
    public ObservableList<String> columns() { return columns; }
    public StringProperty targetProperty() { return target; }
    public ObservableList<String> targetValues() { return targetValues; }
    public StringProperty positiveProperty() { return positive; }
    public ReadOnlyStringProperty balanceTextProperty() { return balanceText.getReadOnlyProperty(); }
    public ObservableList<String> warnings() { return warnings; }
    public ObservableList<Feature> features() { return features; }
    /** The preparation steps (shared editor with the segment page); fitted on each training fold only. */
    public PrepSteps prep() { return prep; }
    public ObjectProperty<Balance> balanceProperty() { return balance; }
    public IntegerProperty foldsProperty() { return folds; }
    public DoubleProperty tuneSecondsProperty() { return tuneSeconds; }
    public BooleanProperty useLrProperty() { return useLr; }
    public BooleanProperty useRfProperty() { return useRf; }
    public BooleanProperty useGbmProperty() { return useGbm; }
    public BooleanProperty useBlendProperty() { return useBlend; }
    public BooleanProperty busyProperty() { return busy; }
    public ReadOnlyObjectProperty<ChurnResult> resultProperty() { return result.getReadOnlyProperty(); }
    public ObjectProperty<ModelKind> shownModelProperty() { return shownModel; }
    public DoubleProperty thresholdProperty() { return threshold; }
    public DoubleProperty costMissedProperty() { return costMissed; }
    public DoubleProperty costContactProperty() { return costContact; }
    /** The cost of a missed churner as typed (UI decimal separator; a bad text sets the input's error). */
    public NumberInput costMissedInput() { return costMissedInput; }
    public NumberInput costContactInput() { return costContactInput; }
    public ReadOnlyObjectProperty<Metrics.Confusion> confusionProperty() { return confusion.getReadOnlyProperty(); }
    public ReadOnlyStringProperty thresholdTextProperty() { return thresholdText.getReadOnlyProperty(); }
    public ObservableList<String> balanceLab() { return balanceLab; }
    public ObjectProperty<ReasonRows> scoreReasonsProperty() { return scoreReasons; }
    public ReadOnlyStringProperty scoringTextProperty() { return scoringText.getReadOnlyProperty(); }
}
