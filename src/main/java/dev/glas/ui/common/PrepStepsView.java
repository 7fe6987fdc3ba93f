package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import dev.glas.core.prep.ClipOutliers;
import dev.glas.core.prep.Dedupe;
import dev.glas.core.prep.DropColumns;
import dev.glas.core.prep.DropSparse;
import dev.glas.core.prep.Encode;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.Log1p;
import dev.glas.core.prep.Scale;
import dev.glas.core.prep.Step;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The step editor of {@link PrepSteps} (segment and churn pages): the steps list with add / remove / move, the
 * selected step's parameters and target columns, and its before/after preview. Wiring only.
 */
public final class PrepStepsView {

    private final PrepSteps vm;
    private final VBox root;
    private final ListView<Step> steps;

    /**
     * @param rowSteps offer steps that remove rows (dedupe); pages whose rows must stay aligned leave them out
     * @param extra    further entries of the "Add step" menu (e.g. a join), inserted after "drop sparse"
     */
    public PrepStepsView(PrepSteps vm, boolean rowSteps, List<MenuItem> extra) {
        this.vm = vm;
        steps = new ListView<>(vm.steps());
        steps.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Step s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ". " + s.describe());
            }
        });
        steps.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> vm.previewStep(b.intValue()));
        MenuButton add = new MenuButton(Messages.get("segment.prep.add"));
        add.getItems().add(item("segment.prep.add.drop_sparse", new DropSparse()));
        if (rowSteps) {
            add.getItems().add(item("segment.prep.add.dedupe", new Dedupe(null)));
        }
        add.getItems().addAll(extra);
        add.getItems().addAll(
                item("segment.prep.add.drop_columns", new DropColumns(List.of())),
                item("segment.prep.add.impute_mean", Impute.of(Impute.Method.MEAN)),
                item("segment.prep.add.impute_median", Impute.of(Impute.Method.MEDIAN)),
                item("segment.prep.add.impute_mode", Impute.of(Impute.Method.MODE)),
                item("segment.prep.add.impute_noinfo", Impute.of(Impute.Method.NO_INFORMATION)),
                item("segment.prep.add.impute_random", Impute.of(Impute.Method.RANDOM)),
                item("segment.prep.add.impute_knn", Impute.of(Impute.Method.KNN)),
                item("segment.prep.add.impute_iterative", Impute.of(Impute.Method.ITERATIVE)),
                item("segment.prep.add.clip_iqr", ClipOutliers.iqr(List.of())),
                item("segment.prep.add.clip_quantile", ClipOutliers.quantiles(List.of(), 0.01, 0.99)),
                item("segment.prep.add.log1p", new Log1p(List.of())),
                item("segment.prep.add.scale_zscore", new Scale(List.of(), Scale.Method.ZSCORE)),
                item("segment.prep.add.scale_minmax", new Scale(List.of(), Scale.Method.MINMAX)),
                item("segment.prep.add.scale_robust", new Scale(List.of(), Scale.Method.ROBUST)),
                item("segment.prep.add.onehot", new Encode(List.of(), Encode.Method.ONE_HOT)),
                item("segment.prep.add.ordinal", new Encode(List.of(), Encode.Method.ORDINAL)));
        Button remove = new Button(Messages.get("segment.prep.remove"));
        remove.setOnAction(e -> vm.removeStep(steps.getSelectionModel().getSelectedIndex()));
        Button up = new Button("↑");
        up.setOnAction(e -> move(-1));
        Button down = new Button("↓");
        down.setOnAction(e -> move(1));
        HBox bar = new HBox(6, add, remove, up, down);
        TableView<PrepPreview.Row> table = new TableView<>(vm.preview().rows());
        table.getColumns().add(column("segment.preview.column", PrepPreview.Row::column));
        table.getColumns().add(column("segment.preview.before", PrepPreview.Row::before));
        table.getColumns().add(column("segment.preview.after", PrepPreview.Row::after));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Exports.table(table, Messages.get("segment.prep.preview"));
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(vm.preview().summaryProperty());
        VBox editor = new VBox(6);
        steps.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showStepEditor(editor));
        vm.steps().addListener((javafx.collections.ListChangeListener<Step>) c -> showStepEditor(editor));
        vm.selectionRevisionProperty().addListener((o, a, b) -> showStepEditor(editor));
        showStepEditor(editor);
        steps.setPrefHeight(170);
        root = new VBox(6, new Label(Messages.get("segment.prep.steps")), bar, steps, editor,
                new Label(Messages.get("segment.prep.preview")), summary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(8));
    }

    public VBox root() {
        return root;
    }

    /** The steps list (tests select a step through it). */
    public ListView<Step> stepsList() {
        return steps;
    }

    /** The editor of the selected step: its parameters and target columns; each change replaces the step. */
    private void showStepEditor(VBox editor) {
        int index = steps.getSelectionModel().getSelectedIndex();
        Label title = new Label(Messages.get("segment.prep.edit"));
        title.setStyle("-fx-font-weight: bold;");
        editor.getChildren().setAll(title);
        if (index < 0 || index >= vm.steps().size()) {
            editor.getChildren().add(new Label(Messages.get("segment.prep.edit.none")));
            return;
        }
        Step step = vm.steps().get(index);
        HBox params = new HBox(8);
        params.setAlignment(Pos.CENTER_LEFT);
        for (StepParams.Param p : StepParams.of(step)) {
            params.getChildren().add(new Label(Messages.get(p.labelKey())));
            if (p.choices().isEmpty()) {
                TextField field = new TextField(p.value());
                field.setPrefColumnCount(8);
                Runnable commit = () -> {
                    if (!field.getText().equals(p.value())) {
                        vm.editStepParam(index, p.name(), field.getText());
                        steps.getSelectionModel().select(index);
                    }
                };
                field.setOnAction(e -> commit.run());
                field.focusedProperty().addListener((o, a, b) -> {
                    if (!b) {
                        commit.run();
                    }
                });
                params.getChildren().add(field);
            } else {
                ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(p.choices()));
                box.setConverter(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(String c) {
                        return c == null ? "" : StepParams.choiceLabel(c);
                    }

                    @Override
                    public String fromString(String t) {
                        return t;
                    }
                });
                box.setValue(p.value());
                box.valueProperty().addListener((o, a, b) -> {
                    // later, so the combo's own event ends before the editor is rebuilt
                    javafx.application.Platform.runLater(() -> {
                        vm.editStepParam(index, p.name(), b);
                        steps.getSelectionModel().select(index);
                    });
                });
                params.getChildren().add(box);
            }
        }
        if (!params.getChildren().isEmpty()) {
            editor.getChildren().add(params);
        }
        List<String> choices = vm.stepColumnChoices(index);
        if (StepParams.hasColumns(step)) {
            List<String> current = StepParams.columns(step);
            FlowPane boxes = new FlowPane(10, 4);
            for (String c : choices) {
                CheckBox cb = new CheckBox(c);
                cb.setSelected(current.contains(c));
                cb.selectedProperty().addListener((o, a, b) -> {
                    List<String> next = new ArrayList<>(StepParams.columns(vm.steps().get(index)));
                    if (b) {
                        next.add(c);
                    } else {
                        next.remove(c);
                    }
                    javafx.application.Platform.runLater(() -> {
                        vm.editStepColumns(index, next);
                        steps.getSelectionModel().select(index);
                    });
                });
                boxes.getChildren().add(cb);
            }
            editor.getChildren().addAll(new Label(Messages.get("segment.prep.edit.columns")), boxes);
        } else if (params.getChildren().isEmpty()) {
            editor.getChildren().add(new Label(Messages.get("segment.prep.edit.nocolumns")));
        }
        Label error = new Label();
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.stepErrorProperty());
        editor.getChildren().add(error);
    }

    private MenuItem item(String key, Step step) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setOnAction(e -> vm.addStep(step));
        return m;
    }

    private void move(int delta) {
        int i = steps.getSelectionModel().getSelectedIndex();
        vm.moveStep(i, delta);
        steps.getSelectionModel().select(i + delta);
    }

    private static <S> TableColumn<S, String> column(String key, java.util.function.Function<S, String> f) {
        TableColumn<S, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }
}
