package dev.glas.ui;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Samples;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.ChartSupport;
import dev.glas.ui.common.DialogService;
import dev.glas.ui.common.FxDialogService;
import dev.glas.ui.common.FxTaskRunner;
import dev.glas.ui.common.RowsView;
import dev.glas.ui.common.RowsViewModel;
import dev.glas.ui.common.SegmentListView;
import dev.glas.ui.common.SegmentListViewModel;
import dev.glas.ui.data.DataView;
import dev.glas.ui.data.DataViewModel;
import dev.glas.ui.data.ImportPreviewDialog;
import dev.glas.ui.shell.AboutView;
import dev.glas.ui.shell.AppSettings;
import dev.glas.ui.shell.Area;
import dev.glas.ui.shell.MainView;
import dev.glas.ui.shell.MainViewModel;
import dev.glas.ui.shell.SettingsView;
import dev.glas.ui.shell.StartView;
import javafx.stage.Stage;

/**
 * The one class that builds the object graph of the GUI: services, ViewModels and views. Services (state,
 * tasks, dialogs) live as long as the window; views are rebuilt by {@link #buildMainView()} when the language
 * changes. Every analysis area registers its page in {@link #registerAreas} — one line per area.
 */
public final class Wiring {

    private final Stage stage;
    private final AppSettings settings;
    private final AppState state = new AppState();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final DialogService dialogs;
    private final DataImporter importer = new DataImporter();
    private final MainViewModel mainViewModel;
    private final DataViewModel dataViewModel;
    private MainView mainView;

    public Wiring(Stage stage, AppSettings settings) {
        this.stage = stage;
        this.settings = settings;
        this.dialogs = new FxDialogService(() -> stage);
        ChartSupport.configure(tasks, dialogs);
        state.setSelectionOpener(sel -> RowsView.show(new RowsViewModel(sel, state, tasks, dialogs), stage));
        mainViewModel = new MainViewModel(state, dialogs, settings);
        mainViewModel.setOnLanguageChanged(this::rebuild);
        dataViewModel = new DataViewModel(state, tasks, dialogs, importer);
        dataViewModel.setImportPresenter(preview -> new ImportPreviewDialog(preview, stage).showAndWait());
        mainViewModel.setFileOpener(dataViewModel::openFile);
    }

    /** Builds (or rebuilds) the main window content in the current language. */
    public MainView buildMainView() {
        MainView main = new MainView(mainViewModel, tasks.running(),
                new SegmentListView(new SegmentListViewModel(state, tasks, dialogs)).root());
        main.setOnSettings(() -> SettingsView.show(mainViewModel, stage));
        main.setOnAbout(() -> AboutView.show(mainViewModel, stage));
        main.setOnExit(stage::close);
        mainViewModel.setSamples(Samples.list().stream().map(s -> new MainViewModel.SampleItem(
                Messages.get(s.titleKey()), Messages.get(s.attributionKey()), () -> dataViewModel.openSample(s))).toList());
        main.setPage(Area.START, new StartView(mainViewModel).root());
        registerAreas(main);
        mainView = main;
        return main;
    }

    /** Each area replaces its placeholder line with its view, e.g. {@code new ChurnView(new ChurnViewModel(...)).root()}. */
    private void registerAreas(MainView main) {
        main.setPage(Area.DATA, new DataView(dataViewModel, mainViewModel::chooseAndOpenFile).root()); // area:data
        main.setPage(Area.SEGMENTS, segmentPage()); // area:segment
        main.setPage(Area.CHURN, churnPage()); // area:churn
        main.setPage(Area.BEHAVIOR, behaviorPage()); // area:behavior
        main.setPage(Area.TEXTS, textPage()); // area:text
        main.setPage(Area.REPORT, reportPage(main)); // area:report
    }

    /**
     * The page ViewModels live as long as the window, like the Segments ones: a language change rebuilds only the
     * views, so results, choices and running analyses stay (and no stale ViewModel keeps listening to the data).
     */
    private dev.glas.ui.churn.ChurnViewModel churnViewModel;
    private dev.glas.ui.text.TextViewModel textViewModel;
    private dev.glas.ui.behavior.BehaviorViewModel behaviorViewModel;

    public dev.glas.ui.churn.ChurnViewModel churnViewModel() {
        return churnViewModel;
    }

    public dev.glas.ui.text.TextViewModel textViewModel() {
        return textViewModel;
    }

    public dev.glas.ui.behavior.BehaviorViewModel behaviorViewModel() {
        return behaviorViewModel;
    }

    public dev.glas.ui.segment.SegmentViewModel segmentViewModel() {
        return segmentViewModel;
    }

    public dev.glas.ui.segment.RfmViewModel rfmViewModel() {
        return rfmViewModel;
    }

    public dev.glas.ui.segment.ClusterInsightsViewModel segmentInsights() {
        return segmentInsights;
    }

    /** The project/report ViewModel lives as long as the window; its page and File-menu items are rebuilt. */
    private dev.glas.ui.report.ReportViewModel reportViewModel;
    private dev.glas.ui.report.ReportView reportView;

    private javafx.scene.Node reportPage(MainView main) {
        if (reportViewModel == null) {
            reportViewModel = new dev.glas.ui.report.ReportViewModel(state, tasks, dialogs, importer);
        }
        if (reportView != null) {
            reportView.dispose();
        }
        reportView = new dev.glas.ui.report.ReportView(reportViewModel, tasks.running());
        main.addFileMenuItems(reportView.menuItems());
        return reportView.root();
    }

    public dev.glas.ui.report.ReportViewModel reportViewModel() {
        return reportViewModel;
    }

    /** Segments ViewModels live as long as the window (views are rebuilt on a language change). */
    private dev.glas.ui.segment.SegmentViewModel segmentViewModel;
    private dev.glas.ui.segment.ClusterInsightsViewModel segmentInsights;
    private dev.glas.ui.segment.RfmViewModel rfmViewModel;
    private dev.glas.ui.segment.AlternativesViewModel segmentAlternatives;

    private javafx.scene.Node segmentPage() {
        if (segmentViewModel == null) {
            segmentViewModel = new dev.glas.ui.segment.SegmentViewModel(state, tasks, dialogs);
            segmentInsights = new dev.glas.ui.segment.ClusterInsightsViewModel(segmentViewModel);
            rfmViewModel = new dev.glas.ui.segment.RfmViewModel(state, tasks, dialogs);
            segmentAlternatives = new dev.glas.ui.segment.AlternativesViewModel(segmentViewModel);
        }
        return new dev.glas.ui.segment.SegmentView(segmentViewModel, segmentInsights, rfmViewModel,
                segmentAlternatives).root();
    }

    private javafx.scene.Node behaviorPage() {
        if (behaviorViewModel == null) {
            behaviorViewModel = new dev.glas.ui.behavior.BehaviorViewModel(state, tasks, dialogs, importer);
            behaviorViewModel.setNavigator(area -> mainViewModel.areaProperty().set(area));
        }
        return new dev.glas.ui.behavior.BehaviorView(behaviorViewModel).root();
    }

    private javafx.scene.Node churnPage() {
        if (churnViewModel == null) {
            churnViewModel = new dev.glas.ui.churn.ChurnViewModel(state, tasks, dialogs);
        }
        return new dev.glas.ui.churn.ChurnView(churnViewModel).root();
    }

    private javafx.scene.Node textPage() {
        if (textViewModel == null) {
            textViewModel = new dev.glas.ui.text.TextViewModel(state, tasks, dialogs);
        }
        return new dev.glas.ui.text.TextView(textViewModel).root();
    }

    private void rebuild() {
        dataViewModel.relocalize();
        if (churnViewModel != null) {
            churnViewModel.relocalize();
        }
        if (behaviorViewModel != null) {
            behaviorViewModel.relocalize();
        }
        MainView main = buildMainView();
        stage.getScene().setRoot(main.root());
        stage.titleProperty().unbind();
        mainViewModel.windowTitle().invalidate();
        stage.titleProperty().bind(mainViewModel.windowTitle());
    }

    public MainView mainView() {
        return mainView;
    }

    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    public AppState state() {
        return state;
    }

    public FxTaskRunner tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public DataViewModel dataViewModel() {
        return dataViewModel;
    }

    public DataImporter importer() {
        return importer;
    }

    public AppSettings settings() {
        return settings;
    }

    public void shutdown() {
        tasks.close();
    }
}
