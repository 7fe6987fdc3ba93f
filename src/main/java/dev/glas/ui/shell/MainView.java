package dev.glas.ui.shell;

import dev.glas.core.i18n.Messages;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** Main window content: navigation, the current analysis area and the status bar. */
public final class MainView {

    private final BorderPane root = new BorderPane();

    public MainView() {
        root.setCenter(new Label(Messages.get("app.title")));
    }

    public Parent root() {
        return root;
    }
}
