package dev.glas.ui.report;

import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.RunningTask;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The Report page: project file, data sources, stored analyses and the Excel report. Wiring only. */
public final class ReportView {

    private final ReportViewModel vm;
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);
    private final Button export = new Button(Messages.get("report.export"));
    private final Timeline autosaveTimer;
    private int minutesSinceSave;

    public ReportView(ReportViewModel vm, ObservableList<RunningTask> running) {
        this.vm = vm;
        content.setPadding(new Insets(18));
        root.setFitToWidth(true);
        root.getStyleClass().add("report-view");
        Label title = new Label(Messages.get("report.page.title"));
        title.getStyleClass().add("title-2");
        Label hint = new Label(Messages.get("report.page.hint"));
        hint.setWrapText(true);
        content.getChildren().addAll(title, hint, projectBox(), sourcesBox(), analysesBox(), reportBox(), statusLabel());
        autosaveTimer = new Timeline(new KeyFrame(Duration.minutes(1), e -> tick()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
        autosaveTimer.play();
        String autosaveTitle = Messages.get("project.task.autosave");
        String saveTitle = Messages.get("project.task.save");
        running.addListener((ListChangeListener<RunningTask>) c -> {
            while (c.next()) {
                for (RunningTask t : c.getRemoved()) {
                    if (!t.title().equals(autosaveTitle) && !t.title().equals(saveTitle)) {
                        // after each finished analysis; later, not inside this list's change notification: a task
                        // submitted here is added to the same list, the nested change still lists the removed task,
                        // and the listener looped (autosave after autosave) until the window froze
                        javafx.application.Platform.runLater(vm::autosave);
                        return;
                    }
                }
            }
        });
    }

    private void tick() {
        minutesSinceSave++;
        if (vm.autosaveMinutesProperty().get() > 0 && minutesSinceSave >= vm.autosaveMinutesProperty().get()) {
            minutesSinceSave = 0;
            vm.autosave();
        }
    }

    private VBox projectBox() {
        Label name = new Label();
        name.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("project.name",
                vm.projectProperty().get().name()), vm.projectProperty()));
        name.getStyleClass().add("title-4");
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> vm.projectFileProperty().get() == null
                ? Messages.get("project.file.none") : vm.projectFileProperty().get().toString(),
                vm.projectFileProperty()));
        Button newP = new Button(Messages.get("project.new"));
        newP.setOnAction(e -> vm.newProject());
        Button open = new Button(Messages.get("project.open"));
        open.setOnAction(e -> vm.openProject());
        Button save = new Button(Messages.get("project.save"));
        save.setOnAction(e -> vm.save());
        Button saveAs = new Button(Messages.get("project.save.as"));
        saveAs.setOnAction(e -> vm.saveAs());
        CheckBox embed = new CheckBox(Messages.get("project.embed"));
        embed.selectedProperty().bindBidirectional(vm.embedDataProperty());
        Spinner<Integer> minutes = new Spinner<>(0, 120, vm.autosaveMinutesProperty().get());
        minutes.setEditable(true);
        minutes.setPrefWidth(80);
        minutes.valueProperty().addListener((o, a, v) -> vm.autosaveMinutesProperty().set(v == null ? 0 : v));
        Label autosave = new Label(Messages.get("project.autosave"));
        return section(Messages.get("project.section"), name, file, new HBox(8, newP, open, save, saveAs),
                new HBox(8, embed), new HBox(8, autosave, minutes));
    }

    private VBox sourcesBox() {
        ListView<String> list = new ListView<>(vm.sourceMessages());
        list.setPrefHeight(90);
        list.setPlaceholder(new Label(Messages.get("project.sources.none")));
        Button relocate = new Button(Messages.get("project.relocate"));
        relocate.setOnAction(e -> vm.relocate());
        return section(Messages.get("project.sources.title"), list, relocate);
    }

    private VBox analysesBox() {
        ListView<ReportViewModel.AnalysisItem> list = new ListView<>(vm.analyses());
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(Messages.get("project.analyses.none")));
        list.setCellFactory(l -> new ListCell<>() {
            private final CheckBox box = new CheckBox();

            @Override
            protected void updateItem(ReportViewModel.AnalysisItem item, boolean empty) {
                super.updateItem(item, empty);
                if (item == null || empty) {
                    box.selectedProperty().unbind();
                    setGraphic(null);
                    return;
                }
                box.setText(item.title());
                box.setSelected(item.include().get());
                box.selectedProperty().addListener((o, a, v) -> item.include().set(v));
                setGraphic(box);
            }
        });
        Button seg = new Button(Messages.get("project.add.segment"));
        seg.setOnAction(e -> vm.addSegmentation());
        Button churn = new Button(Messages.get("project.add.churn"));
        churn.setOnAction(e -> vm.addChurn());
        Button rfm = new Button(Messages.get("project.add.rfm"));
        rfm.setOnAction(e -> vm.addRfm());
        Button remove = new Button(Messages.get("project.remove.analysis"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeAnalysis(list.getSelectionModel().getSelectedItem()));
        return section(Messages.get("project.analyses"), list, new HBox(8, seg, churn, rfm, remove));
    }

    private VBox reportBox() {
        ChoiceBox<Locale> lang = new ChoiceBox<>();
        lang.getItems().addAll(Messages.RUSSIAN, Messages.ENGLISH);
        lang.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : "ru".equals(l.getLanguage()) ? "Русский" : "English";
            }

            @Override
            public Locale fromString(String s) {
                return "Русский".equals(s) ? Messages.RUSSIAN : Messages.ENGLISH;
            }
        });
        lang.valueProperty().bindBidirectional(vm.languageProperty());
        CheckBox data = new CheckBox(Messages.get("report.include.data"));
        data.selectedProperty().bindBidirectional(vm.includeDataProperty());
        export.getStyleClass().add("accent");
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> vm.exportReport());
        return section(Messages.get("report.section.title"), new HBox(8, new Label(Messages.get("report.language")),
                lang), data, export);
    }

    private Label statusLabel() {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        return status;
    }

    private static VBox section(String title, javafx.scene.Node... nodes) {
        Label t = new Label(title);
        t.getStyleClass().add("title-3");
        VBox box = new VBox(8, t);
        box.getChildren().addAll(nodes);
        box.getStyleClass().add("report-section");
        return box;
    }

    /** File-menu items: New, Open, Save and Save as project. */
    public List<MenuItem> menuItems() {
        MenuItem newP = new MenuItem(Messages.get("project.new"));
        newP.setOnAction(e -> vm.newProject());
        MenuItem open = new MenuItem(Messages.get("project.open"));
        open.setOnAction(e -> vm.openProject());
        MenuItem save = new MenuItem(Messages.get("project.save"));
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> vm.save());
        MenuItem saveAs = new MenuItem(Messages.get("project.save.as"));
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> vm.saveAs());
        return List.of(newP, open, save, saveAs);
    }

    public Button exportButton() {
        return export;
    }

    public void dispose() {
        autosaveTimer.stop();
    }

    public Parent root() {
        return root;
    }
}
