package dev.glas.ui;

import dev.glas.core.i18n.Messages;
import dev.glas.ui.shell.MainView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the object graph with {@link Wiring} and shows the main window. */
public final class GlasApp extends Application {

    public static void start(String[] args) {
        Application.launch(GlasApp.class, args);
    }

    private Wiring wiring;

    @Override
    public void start(Stage stage) {
        wiring = new Wiring(stage);
        MainView main = wiring.mainView();
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(new Scene(main.root(), 1280, 800));
        stage.show();
    }

    @Override
    public void stop() {
        if (wiring != null) {
            wiring.shutdown();
        }
    }
}
