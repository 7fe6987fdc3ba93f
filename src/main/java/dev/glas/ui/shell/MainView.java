package dev.glas.ui.shell;

import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.RunningTask;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Main window content: menu, navigation sidebar (areas + saved segments), the current page and the status
 * bar with running tasks. Pages are registered by {@code Wiring} with {@link #setPage}.
 */
public final class MainView {

    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final StackPane pageHolder = new StackPane();
    private final Map<Area, Node> pages = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> navButtons = new EnumMap<>(Area.class);
    private final ToggleGroup nav = new ToggleGroup();
    private final Menu recentMenu = new Menu(Messages.get("menu.recent"));
    private final Menu samplesMenu = new Menu(Messages.get("menu.open.sample"));
    private final Label dropHint = new Label(Messages.get("drop.hint"));
    private Menu fileMenu;
    private Runnable onSettings = () -> { };
    private Runnable onAbout = () -> { };
    private Runnable onExit = () -> { };

    public MainView(MainViewModel vm, ObservableList<RunningTask> tasks, Node segmentList) {
        this.vm = vm;
        root.getStyleClass().add("main-view");
        root.setTop(menuBar());
        root.setLeft(sidebar(segmentList));
        pageHolder.getStyleClass().add("page-holder");
        dropHint.getStyleClass().add("drop-hint");
        dropHint.setVisible(false);
        dropHint.setMouseTransparent(true);
        StackPane center = new StackPane(pageHolder, dropHint);
        root.setCenter(center);
        StatusBar statusBar = new StatusBar(tasks);
        statusBar.statusLabel().textProperty().bind(vm.statusProperty());
        root.setBottom(statusBar.root());
        for (Area a : Area.values()) {
            pages.put(a, placeholder(a));
        }
        vm.areaProperty().subscribe(this::show);
        installDragAndDrop();
    }

    public Parent root() {
        return root;
    }

    /** Registers the page of an area (replaces its placeholder). */
    public void setPage(Area area, Node page) {
        pages.put(area, page);
        if (vm.areaProperty().get() == area) {
            show(area);
        }
    }

    public Node page(Area area) {
        return pages.get(area);
    }

    /** Adds items (e.g. the project commands) to the File menu after Open/Samples/Recent, behind a separator. */
    public void addFileMenuItems(java.util.List<MenuItem> items) {
        int at = fileMenu.getItems().indexOf(recentMenu) + 1;
        fileMenu.getItems().add(at, new SeparatorMenuItem());
        fileMenu.getItems().addAll(at + 1, items);
    }

        public void setOnSettings(Runnable r) {
        onSettings = r;
    }

    public void setOnAbout(Runnable r) {
        onAbout = r;
    }

    public void setOnExit(Runnable r) {
        onExit = r;
    }

    private void show(Area area) {
        ToggleButton b = navButtons.get(area);
        if (b != null && !b.isSelected()) {
            b.setSelected(true);
        }
        Node page = pages.get(area);
        pageHolder.getChildren().setAll(page);
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem(Messages.get("menu.open"));
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> vm.chooseAndOpenFile());
        vm.samples().addListener((ListChangeListener<MainViewModel.SampleItem>) c -> rebuildSamplesMenu());
        rebuildSamplesMenu();
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecentMenu());
        rebuildRecentMenu();
        MenuItem settings = new MenuItem(Messages.get("menu.settings"));
        settings.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.setOnAction(e -> onSettings.run());
        MenuItem exit = new MenuItem(Messages.get("menu.exit"));
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> onExit.run());
        Menu file = fileMenu = new Menu(Messages.get("menu.file"), null, open, samplesMenu, recentMenu,
                new SeparatorMenuItem(), settings, new SeparatorMenuItem(), exit);

        Menu view = new Menu(Messages.get("menu.view"));
        int i = 1;
        for (Area a : Area.values()) {
            MenuItem item = new MenuItem(Messages.get(a.titleKey()));
            item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + i++), KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> vm.areaProperty().set(a));
            view.getItems().add(item);
        }
        MenuItem about = new MenuItem(Messages.get("menu.about"));
        about.setOnAction(e -> onAbout.run());
        Menu help = new Menu(Messages.get("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void rebuildSamplesMenu() {
        samplesMenu.getItems().clear();
        for (MainViewModel.SampleItem s : vm.samples()) {
            MenuItem item = new MenuItem(s.title());
            item.setOnAction(e -> s.open().run());
            samplesMenu.getItems().add(item);
        }
        samplesMenu.setDisable(vm.samples().isEmpty());
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + abbreviate(p.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.openFile(p));
            recentMenu.getItems().add(item);
        }
        if (vm.recentFiles().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(Messages.get("menu.recent.clear"));
            clear.setOnAction(e -> vm.clearRecentFiles());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    static String abbreviate(Path dir) {
        if (dir == null) {
            return "";
        }
        String s = dir.toString();
        String home = System.getProperty("user.home");
        if (home != null && s.startsWith(home)) {
            s = "~" + s.substring(home.length());
        }
        return s.length() > 60 ? "…" + s.substring(s.length() - 59) : s;
    }

    private Node sidebar(Node segmentList) {
        VBox navBox = new VBox(2);
        navBox.getStyleClass().add("nav");
        Label brand = new Label(Messages.get("app.title"));
        brand.getStyleClass().add("brand");
        navBox.getChildren().add(brand);
        for (Area a : Area.values()) {
            ToggleButton b = new ToggleButton(Messages.get(a.titleKey()));
            b.setToggleGroup(nav);
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            Tooltip tip = new Tooltip(Messages.get(a.descriptionKey()));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            b.setTooltip(tip);
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                vm.areaProperty().set(a);
            });
            b.setId("nav-" + a.name().toLowerCase(java.util.Locale.ROOT));
            navButtons.put(a, b);
            navBox.getChildren().add(b);
        }
        Region gap = new Region();
        gap.setMinHeight(16);
        navBox.getChildren().add(gap);
        VBox side = new VBox(navBox, segmentList);
        VBox.setVgrow(segmentList, Priority.ALWAYS);
        side.getStyleClass().add("sidebar");
        side.setPrefWidth(230);
        side.setMinWidth(200);
        return side;
    }

    /** The page an area shows until its engineer fills it: its title and what it will do. */
    public static Node placeholder(Area area) {
        Label title = new Label(Messages.get(area.titleKey()));
        title.getStyleClass().add("page-title");
        Label description = new Label(Messages.get(area.descriptionKey()));
        description.setWrapText(true);
        description.getStyleClass().add("page-description");
        Label soon = new Label(Messages.get("placeholder.coming"));
        soon.getStyleClass().add("hint");
        soon.setWrapText(true);
        VBox box = new VBox(12, title, description, soon);
        box.setMaxWidth(720);
        box.setPadding(new Insets(32, 40, 32, 40));
        box.getStyleClass().add("placeholder-page");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                dropHint.setVisible(true);
            }
            e.consume();
        });
        root.setOnDragExited(e -> dropHint.setVisible(false));
        root.setOnDragDropped(this::onDrop);
    }

    private void onDrop(DragEvent e) {
        dropHint.setVisible(false);
        boolean ok = false;
        if (e.getDragboard().hasFiles()) {
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            // run after the drop completes, so dialogs do not block the platform's drag loop
            javafx.application.Platform.runLater(() -> vm.openDropped(files));
            ok = true;
        }
        e.setDropCompleted(ok);
        e.consume();
    }
}
