package dev.glas.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * The look of Glas: AtlantaFX Primer Light as the user-agent stylesheet plus {@code glas.css} for the
 * workbench's own layout classes. Every scene and dialog of the app goes through {@link #apply}.
 */
public final class Theme {

    public static final String STYLESHEET = Theme.class.getResource("/dev/glas/ui/glas.css").toExternalForm();

    private Theme() {
    }

    /** Installs the base theme for the whole application (call once, on the FX thread). */
    public static void install() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static Scene apply(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        return scene;
    }

    public static DialogPane apply(DialogPane pane) {
        if (!pane.getStylesheets().contains(STYLESHEET)) {
            pane.getStylesheets().add(STYLESHEET);
        }
        return pane;
    }
}
