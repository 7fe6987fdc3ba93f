package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and native file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private File lastDirectory;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, Throwable error) {
        Alert alert = alert(Alert.AlertType.ERROR, title, ErrorText.describe(error));
        if (ErrorText.isUnexpected(error)) {
            StringWriter sw = new StringWriter();
            error.printStackTrace(new PrintWriter(sw));
            TextArea details = new TextArea(sw.toString());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(12);
            VBox.setVgrow(details, Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(new VBox(6, new Label(Messages.get("dialog.details")), details));
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType ok = Buttons.ok();
        alert.getButtonTypes().setAll(ok, Buttons.cancel());
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        File f = chooser.showOpenDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f.getParentFile();
        return Optional.of(f.toPath());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(initialName);
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f.getParentFile();
        return Optional.of(withExtension(f.toPath(), chooser.getSelectedExtensionFilter(), types));
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialValue) {
        TextInputDialog dialog = new TextInputDialog(initialValue);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.ok(), Buttons.cancel());
        Theme.apply(dialog.getDialogPane());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getButtonTypes().setAll(Buttons.ok());
        Theme.apply(alert.getDialogPane());
        return alert;
    }

    private FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType t : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    static Path withExtension(Path p, FileChooser.ExtensionFilter selected, List<FileType> types) {
        String name = p.getFileName().toString();
        if (name.contains(".") || types.isEmpty()) {
            return p;
        }
        String ext = types.getFirst().defaultExtension();
        if (selected != null) {
            for (FileType t : types) {
                if (t.description().equals(selected.getDescription())) {
                    ext = t.defaultExtension();
                }
            }
        }
        return "*".equals(ext) ? p : p.resolveSibling(name + "." + ext.toLowerCase(Locale.ROOT));
    }
}
