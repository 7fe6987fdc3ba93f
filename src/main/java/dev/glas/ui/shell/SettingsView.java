package dev.glas.ui.shell;

import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.Buttons;
import dev.glas.ui.common.Theme;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The settings dialog (language). */
public final class SettingsView {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final ButtonType okButton = Buttons.ok();

    public SettingsView(Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("settings.title"));
        language.getItems().setAll(Messages.RUSSIAN, Messages.ENGLISH);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : "ru".equals(l.getLanguage()) ? "Русский" : "English";
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.setValue("ru".equals(Messages.locale().getLanguage()) ? Messages.RUSSIAN : Messages.ENGLISH);
        language.setId("settings-language");
        Label label = new Label(Messages.get("settings.language"));
        label.setLabelFor(language);
        Label hint = new Label(Messages.get("settings.language.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        GridPane grid = new GridPane(12, 10);
        grid.setPadding(new Insets(16, 8, 8, 8));
        grid.addRow(0, label, language);
        grid.add(hint, 0, 1, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(okButton, Buttons.cancel());
        Theme.apply(dialog.getDialogPane());
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public ComboBox<Locale> languageBox() {
        return language;
    }

    public static void show(MainViewModel vm, Window owner) {
        SettingsView view = new SettingsView(owner);
        view.dialog.showAndWait().filter(b -> b == view.okButton)
                .ifPresent(b -> vm.changeLanguage(view.language.getValue()));
    }
}
