package dev.glas.ui;

import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.Theme;
import dev.glas.ui.shell.AppSettings;
import dev.glas.ui.shell.MainView;
import dev.glas.ui.smoke.SmokeRun;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: builds the object graph with {@link Wiring} and shows the main window. */
public final class GlasApp extends Application {

    /** Extension of project files, associated with Glas by the installers. */
    public static final String PROJECT_EXTENSION = ".glas";

    public static void start(String[] args) {
        Application.launch(GlasApp.class, args);
    }

    private Wiring wiring;

    @Override
    public void start(Stage stage) {
        AppSettings settings = AppSettings.load();
        settings.setWriter(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "glas-settings");
            t.setDaemon(true);
            return t;
        }));
        Messages.setLocale(settings.language());
        Theme.install();
        wiring = new Wiring(stage, settings);
        MainView main = wiring.buildMainView();
        stage.titleProperty().bind(wiring.mainViewModel().windowTitle());
        stage.setScene(Theme.apply(new Scene(main.root(), 1280, 800)));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        restoreBounds(stage, settings);
        stage.setOnHidden(e -> saveBounds(stage, settings));
        if (SmokeRun.requested(getParameters().getRaw())) {
            SmokeRun.start(stage, wiring.state(), getParameters().getRaw());
        }
        stage.show();
        // A double-clicked project file (installer file association) is the only argument: open it on the
        // project page, as File > Open does.
        projectFile(getParameters().getRaw()).ifPresent(file -> {
            wiring.mainViewModel().areaProperty().set(dev.glas.ui.shell.Area.REPORT);
            wiring.reportViewModel().open(file);
        });
    }

    /** The project file when the arguments are exactly one existing {@code *.glas} file. */
    public static java.util.Optional<java.nio.file.Path> projectFile(java.util.List<String> args) {
        if (args.size() != 1 || !args.getFirst().toLowerCase(java.util.Locale.ROOT).endsWith(PROJECT_EXTENSION)) {
            return java.util.Optional.empty();
        }
        java.nio.file.Path file = java.nio.file.Path.of(args.getFirst()).toAbsolutePath();
        return java.nio.file.Files.isRegularFile(file) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    static void restoreBounds(Stage stage, AppSettings settings) {
        settings.windowBounds().ifPresent(b -> {
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            if (!Double.isNaN(b.x()) && !Double.isNaN(b.y())
                    && !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), 100, 50)).isEmpty()) {
                stage.setX(b.x());
                stage.setY(b.y());
            }
            stage.setMaximized(b.maximized());
        });
    }

    static void saveBounds(Stage stage, AppSettings settings) {
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.setWindowBounds(new AppSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        } else {
            settings.windowBounds().ifPresent(b -> settings.setWindowBounds(
                    new AppSettings.WindowBounds(b.x(), b.y(), b.width(), b.height(), stage.isMaximized())));
        }
        settings.saveNow();
    }

    @Override
    public void stop() {
        if (wiring != null) {
            wiring.shutdown();
        }
    }
}
