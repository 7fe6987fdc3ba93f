package dev.glas.ui;

import dev.glas.ui.shell.MainView;
import javafx.stage.Stage;

/**
 * The one class that builds the object graph of the GUI: services, ViewModels and views. Every feature
 * area is registered here.
 */
public final class Wiring {

    private final MainView mainView;

    public Wiring(Stage stage) {
        this.mainView = new MainView();
    }

    public MainView mainView() {
        return mainView;
    }

    public void shutdown() {
        // Background executors are stopped here once they exist.
    }
}
