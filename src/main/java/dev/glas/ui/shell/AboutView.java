package dev.glas.ui.shell;

import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.Buttons;
import dev.glas.ui.common.Theme;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "About Glas": version, the offline promise, licences of the bundled libraries and data (attribution). */
public final class AboutView {

    /** Library name and the message key of its licence line. */
    record Library(String name, String licenceKey) {
    }

    static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX (JavaFX)", "about.licence.gpl2ce"),
            new Library("AtlantaFX", "about.licence.mit"),
            new Library("ControlsFX", "about.licence.bsd3"),
            new Library("Tablesaw", "about.licence.apache2"),
            new Library("Smile", "about.licence.gpl3"),
            new Library("DJL + PyTorch", "about.licence.djl"),
            new Library("Apache POI", "about.licence.apache2"),
            new Library("picocli", "about.licence.apache2"),
            new Library("Jackson", "about.licence.apache2"));

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox content;

    public AboutView(MainViewModel vm, List<String> dataAttributions, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("about.title"));
        Label name = new Label(Messages.get("app.title"));
        name.getStyleClass().add("about-name");
        Label tagline = new Label(Messages.get("about.tagline"));
        tagline.setWrapText(true);
        Label version = new Label(vm.aboutText());
        version.getStyleClass().add("hint");
        Label offline = new Label(Messages.get("about.offline"));
        offline.setWrapText(true);
        Label licence = new Label(Messages.get("about.licence.glas"));
        licence.setWrapText(true);

        GridPane libs = new GridPane(16, 4);
        int row = 0;
        for (Library l : LIBRARIES) {
            Label n = new Label(l.name());
            n.getStyleClass().add("about-lib");
            n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label lic = new Label(Messages.get(l.licenceKey()));
            lic.setWrapText(true);
            libs.addRow(row++, n, lic);
        }
        VBox data = new VBox(6);
        for (String a : dataAttributions) {
            Label l = new Label(a);
            l.setWrapText(true);
            data.getChildren().add(l);
        }
        if (dataAttributions.isEmpty()) {
            data.getChildren().add(new Label(Messages.get("about.data.none")));
        }
        content = new VBox(10, name, tagline, version, offline, licence,
                section("about.libraries"), libs, section("about.data"), data);
        content.setPadding(new Insets(12, 16, 12, 8));
        content.setPrefWidth(600);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.getStyleClass().add("page-scroll");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.close());
        dialog.setResizable(true);
        Theme.apply(dialog.getDialogPane());
    }

    private static Node section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        VBox.setMargin(l, new Insets(8, 0, 0, 0));
        return l;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public VBox content() {
        return content;
    }

    public static void show(MainViewModel vm, Window owner) {
        new AboutView(vm, vm.dataAttributions(), owner).dialog.showAndWait();
    }
}
