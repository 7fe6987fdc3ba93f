package dev.glas.ui.text;

import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.core.project.Project;
import dev.glas.core.project.analyses.TextAnalysis;
import dev.glas.core.task.TaskRunner;
import dev.glas.core.text.GlasModelFile;
import dev.glas.core.text.TextClassification;
import dev.glas.core.text.TextClustering;
import dev.glas.core.text.TextModel;
import dev.glas.core.text.TextTrainer;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.ProjectBridge;
import dev.glas.ui.common.ProjectRestore;
import dev.glas.ui.text.TextViewModel.ModelItem;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The Texts page in the project: the text and label columns, the classifier (trained here and stored in the
 * project, a model folder, or a loaded model, also stored), whether the rows were labelled, the themes' k range,
 * encoder and names, and the dashboard choices. Opening the project loads the stored model (no retraining),
 * labels the rows again and re-runs the themes with the stored seed, one step after the other in the background.
 */
final class TextProject {

    private static final String TITLE = "project.analysis.text";
    static final long SEED = 42;
    static final int FOLDS = 5;

    private final TextViewModel vm;
    private final AppState state;
    private final TaskRunner tasks;
    private ModelItem trained;
    private TextTrainer.Result trainedResult;
    private ModelItem classifiedWith;
    private int themesKMin;
    private int themesKMax;
    private ModelItem themesEncoder;
    private final Map<Integer, String> themeNames = new TreeMap<>();
    /** Restore steps still to run (each ends by calling {@link #next}); null when not restoring. */
    private Deque<Runnable> steps;
    private Consumer<String> restoreDone;
    private int stepNo;

    TextProject(TextViewModel vm, AppState state, TaskRunner tasks) {
        this.vm = vm;
        this.state = state;
        this.tasks = tasks;
        state.project().register(TextAnalysis.INSTANCE.id(), ProjectBridge.ORDER_TEXT, this::restore);
        vm.dashboardLabelProperty().addListener((o, a, b) -> choiceChanged());
        vm.breakdownColumnProperty().addListener((o, a, b) -> choiceChanged());
        vm.heatRowsProperty().addListener((o, a, b) -> choiceChanged());
        vm.heatColumnsProperty().addListener((o, a, b) -> choiceChanged());
    }

    /** The page's state (null before anything was trained, labelled or clustered). */
    TextAnalysis.State projectState() {
        if (trained == null && classifiedWith == null && themesKMin < 2) {
            return null;
        }
        ModelItem model = classifiedWith != null ? classifiedWith : trained;
        String classifier = model == null ? null : model.folder() != null ? TextAnalysis.State.FOLDER
                : model == trained ? TextAnalysis.State.TRAINED : TextAnalysis.State.ATTACHED;
        return new TextAnalysis.State(null, vm.textColumnProperty().get(), vm.labelColumnProperty().get(), FOLDS,
                themesKMin, themesKMax, SEED, null, classifier,
                model != null && model.folder() != null ? model.folder().folder().toString() : null,
                classifiedWith != null,
                themesEncoder == null ? null : themesEncoder.folder().folder().toString(), themeNames,
                vm.dashboardLabelProperty().get(), vm.breakdownColumnProperty().get(), vm.heatRowsProperty().get(),
                vm.heatColumnsProperty().get());
    }

    private boolean restoring() {
        return steps != null;
    }

    private void choiceChanged() {
        TextAnalysis.State st = restoring() ? null : projectState();
        if (st != null) {
            state.project().update(p -> p.with(TextAnalysis.INSTANCE, st));
        }
    }

    /** Publishes the state, with the classifier (not a folder) as a project attachment written in the background. */
    private void publish() {
        if (restoring()) {
            return;
        }
        TextAnalysis.State st = projectState();
        if (st == null) {
            return;
        }
        ModelItem model = classifiedWith != null ? classifiedWith : trained;
        if (model == null || model.folder() != null || model.model() == null) {
            state.project().publish(p -> p.with(TextAnalysis.INSTANCE, st));
            return;
        }
        TextModel m = model.model();
        GlasModelFile.Info info = new GlasModelFile.Info(st.textColumn(), st.labelColumn(),
                model == trained && trainedResult != null ? trainedResult.rows() : 0,
                model == trained && trainedResult != null ? trainedResult.cvMacroF1() : Double.NaN, SEED);
        tasks.submit("project.task.store", (p, c) -> TextAnalysis.modelBytes(m, info), bytes -> state.project()
                .publish(p -> p.with(TextAnalysis.INSTANCE, st).withAttachment(TextAnalysis.MODEL_ENTRY, bytes)),
                t -> { });
    }

    void trained(ModelItem item, TextTrainer.Result r) {
        trained = item;
        trainedResult = r;
        publish();
        next();
    }

    void classified(ModelItem item, TextClassification.Result r) {
        classifiedWith = item;
        publish();
        next();
    }

    void clustered(TextClustering.Result r, ModelItem encoder, int kMin, int kMax) {
        themesKMin = kMin;
        themesKMax = kMax;
        themesEncoder = encoder != null && encoder.folder() != null ? encoder : null;
        themeNames.clear();
        publish();
        next();
    }

    void themeRenamed(int index, String name) {
        themeNames.put(index, name);
        publish();
    }

    void failed(Throwable t) {
        if (restoring()) {
            finish(ProjectRestore.failed(TITLE, t));
        }
    }

    private void next() {
        if (!restoring()) {
            return;
        }
        stepNo++;
        Runnable step = steps.poll();
        if (step == null) {
            finish(null);
        } else {
            step.run();
        }
    }

    private void finish(String message) {
        Consumer<String> d = restoreDone;
        steps = null;
        restoreDone = null;
        if (d != null) {
            d.accept(message);
        }
    }

    private void restore(Project project, Path file, Consumer<String> done) {
        Optional<TextAnalysis.State> saved = ProjectRestore.stored(project, TextAnalysis.INSTANCE, TITLE, done);
        if (saved.isEmpty()) {
            return;
        }
        TextAnalysis.State st = saved.get();
        Dataset d = state.currentDataset();
        if (d == null) {
            done.accept(ProjectRestore.noData(TITLE));
            return;
        }
        if (!d.columnNames().contains(st.textColumn())) {
            done.accept(ProjectRestore.missingColumns(TITLE, java.util.List.of(st.textColumn())));
            return;
        }
        vm.textColumnProperty().set(st.textColumn());
        if (st.labelColumn() != null && d.columnNames().contains(st.labelColumn())) {
            vm.labelColumnProperty().set(st.labelColumn());
        }
        restoreDone = done;
        steps = new ArrayDeque<>();
        String how = st.classifier() == null ? TextAnalysis.State.TRAINED : st.classifier();
        Optional<byte[]> stored = project.attachment(TextAnalysis.MODEL_ENTRY);
        if (how.equals(TextAnalysis.State.FOLDER) && st.classifierFolder() != null) {
            steps.add(() -> {
                if (vm.addModelFolder(Path.of(st.classifierFolder()))) {
                    classifiedWith = vm.selectedModelProperty().get();
                    next();
                } else {
                    finish(ProjectRestore.failed(TITLE, new IllegalArgumentException(st.classifierFolder())));
                }
            });
        } else if (stored.isPresent() && (how.equals(TextAnalysis.State.ATTACHED) || st.labelColumn() != null)) {
            boolean isTrained = how.equals(TextAnalysis.State.TRAINED);
            steps.add(() -> tasks.submit("project.task.restore", (p, c) -> TextAnalysis.storedModel(stored.get()), m -> {
                ModelItem item = new ModelItem(isTrained ? Messages.get("text.models.tfidf.name", st.labelColumn())
                        : file.getFileName().toString(), Messages.get("text.models.trained", m.kind(),
                        String.join(", ", m.labels())), m, null);
                vm.models().add(item);
                vm.selectedModelProperty().set(item);
                vm.messageProperty().set(item.description());
                if (isTrained) {
                    trained = item;
                }
                next();
            }, this::failed));
        } else if (how.equals(TextAnalysis.State.TRAINED) && st.labelColumn() != null) {
            steps.add(() -> viaPage(vm::trainTfidf)); // calls trained() or failed()
        }
        if (st.classified() && !(how.equals(TextAnalysis.State.ATTACHED) && stored.isEmpty())) {
            steps.add(() -> viaPage(vm::classify)); // calls classified() or failed()
        }
        if (st.themesKMin() >= 2) {
            steps.add(() -> {
                ModelItem keep = vm.selectedModelProperty().get();
                if (st.themesEncoder() != null && vm.addModelFolder(Path.of(st.themesEncoder()))) {
                    vm.clusterEncoderProperty().set(vm.selectedModelProperty().get());
                    vm.selectedModelProperty().set(keep);
                }
                vm.kMinProperty().set(st.themesKMin());
                vm.kMaxProperty().set(st.themesKMax());
                viaPage(vm::cluster); // calls clustered() or failed()
            });
            steps.add(() -> {
                st.themeNames().forEach((i, n) -> {
                    if (i >= 0 && i < vm.themes().size()) {
                        vm.themes().get(i).nameProperty().set(n);
                        themeNames.put(i, n);
                    }
                });
                next();
            });
        }
        steps.add(() -> {
            Dataset now = state.currentDataset();
            setIfColumn(now, vm.heatRowsProperty(), st.heatRows());
            setIfColumn(now, vm.heatColumnsProperty(), st.heatColumns());
            setIfColumn(now, vm.breakdownColumnProperty(), st.breakdown());
            setIfColumn(now, vm.dashboardLabelProperty(), st.dashboardLabel());
            next();
        });
        next();
    }

    /** Runs a page command; when it refused to start (it said why in a dialog) the restore ends. */
    private void viaPage(Runnable command) {
        int step = stepNo;
        command.run();
        if (restoring() && stepNo == step && !vm.busyProperty().get()) {
            finish(ProjectRestore.noData(TITLE));
        }
    }

    private static void setIfColumn(Dataset d, javafx.beans.property.StringProperty p, String column) {
        if (column != null && d != null && d.columnNames().contains(column)) {
            p.set(column);
        }
    }
}
