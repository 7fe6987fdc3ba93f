package dev.glas.ui.shell;

import dev.glas.core.i18n.Messages;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The start page: open a file, open a bundled sample, or pick a recent file. */
public final class StartView {

    private final MainViewModel vm;
    private final VBox samplesBox = new VBox(8);
    private final VBox recentBox = new VBox(2);
    private final ScrollPane root;

    public StartView(MainViewModel vm) {
        this.vm = vm;
        Label title = new Label(Messages.get("start.title"));
        title.getStyleClass().add("start-title");
        Label subtitle = new Label(Messages.get("start.subtitle"));
        subtitle.getStyleClass().add("page-description");
        subtitle.setWrapText(true);

        Button open = new Button(Messages.get("start.open"));
        open.getStyleClass().addAll("accent", "large");
        open.setDefaultButton(true);
        open.setId("start-open");
        open.setOnAction(e -> vm.chooseAndOpenFile());
        Label openHint = new Label(Messages.get("start.open.hint"));
        openHint.getStyleClass().add("hint");
        openHint.setWrapText(true);

        Label samplesTitle = section(Messages.get("start.samples"));
        Label recentTitle = section(Messages.get("start.recent"));
        vm.samples().addListener((ListChangeListener<MainViewModel.SampleItem>) c -> rebuildSamples());
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildSamples();
        rebuildRecent();

        VBox left = new VBox(10, samplesTitle, samplesBox);
        VBox right = new VBox(10, recentTitle, recentBox);
        left.setPrefWidth(420);
        right.setPrefWidth(420);
        HBox columns = new HBox(40, left, right);

        VBox content = new VBox(14, title, subtitle, new HBox(16, open), openHint, columns);
        VBox.setMargin(columns, new Insets(18, 0, 0, 0));
        content.setPadding(new Insets(36, 44, 36, 44));
        content.setMaxWidth(980);
        content.getStyleClass().add("start-page");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("page-scroll");
    }

    public Node root() {
        return root;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void rebuildSamples() {
        samplesBox.getChildren().clear();
        for (MainViewModel.SampleItem s : vm.samples()) {
            Button b = new Button(s.title());
            b.getStyleClass().add("sample-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setWrapText(true);
            b.setOnAction(e -> s.open().run());
            Label attribution = new Label(s.attribution());
            attribution.getStyleClass().add("hint");
            attribution.setWrapText(true);
            samplesBox.getChildren().add(new VBox(2, b, attribution));
        }
        if (vm.samples().isEmpty()) {
            Label none = new Label(Messages.get("start.samples.none"));
            none.getStyleClass().add("hint");
            samplesBox.getChildren().add(none);
        }
    }

    private void rebuildRecent() {
        recentBox.getChildren().clear();
        for (Path p : vm.recentFiles()) {
            Hyperlink link = new Hyperlink(p.getFileName().toString());
            link.setMnemonicParsing(false);
            link.setTooltip(new Tooltip(p.toString()));
            link.setOnAction(e -> vm.openFile(p));
            Label dir = new Label(MainView.abbreviate(p.getParent()));
            dir.getStyleClass().add("hint");
            recentBox.getChildren().add(new VBox(0, link, dir));
        }
        if (vm.recentFiles().isEmpty()) {
            Label none = new Label(Messages.get("start.recent.none"));
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            recentBox.getChildren().add(none);
        }
    }
}
