package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons with texts from our bundles. JavaFX's built-in {@link ButtonType#CANCEL} etc. follow the JVM
 * locale and have no Russian translation, so every dialog of Glas uses these instead.
 */
public final class Buttons {

    private Buttons() {
    }

    public static ButtonType ok() {
        return new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
