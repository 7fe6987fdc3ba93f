package dev.glas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.Wiring;
import dev.glas.ui.common.TestData;
import dev.glas.ui.common.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.control.Labeled;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: the Russian window, with a dataset open, shows no English words on any page (menus, labels, buttons,
 * prompts, tooltips, table placeholders and headers), and the English one no Russian. Data (table and list
 * cells, column names, values) and chart tick labels are skipped;
 * technical abbreviations that Russian analysts use as they are (CSV, PNG, ROC …) are allowed.
 */
class LanguageSweepGuiTest {

    /** Latin tokens that are normal in Russian analyst UI text. */
    private static final Set<String> ALLOWED = Set.of("glas", "csv", "tsv", "txt", "xlsx", "xls", "json", "png",
            "utf", "bom", "koi", "iso", "windows", "excel", "id", "roc", "pr", "auc", "vif", "tf", "idf", "bert",
            "rfm", "dbscan", "pca", "umap", "tsne", "sne", "ward", "smote", "shap", "hgb", "gpl", "cc", "by",
            "apache", "uci", "ibm", "cedr", "os", "f", "k", "n", "t", "x", "y", "min", "max", "top", "gpu", "cpu",
            "ctrl", "shift", "alt", "rubert", "tiny", "djl", "pytorch", "smile", "tablesaw", "poi", "javafx",
            "controlsfx", "picocli", "jackson", "lucene", "duckdb", "gb", "mb", "kb", "xgboost", "lightgbm",
            "sklearn", "ms", "cv", "mcc", "gini", "ks", "tp", "fp", "tn", "fn", "lr", "iqr", "nps", "sha", "utc",
            "hugging", "face", "torchscript", "safetensors");
    /** A Latin token; tokens with '.' or '/' are file names or addresses and are skipped. */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    @TempDir
    Path config;

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
        Messages.setLocale(Messages.defaultLocale());
    }

    @Test
    void russianWindowHasNoEnglishOnAnyPage() {
        List<String> findings = sweep(Messages.RUSSIAN, LanguageSweepGuiTest::englishWords);
        assertTrue(findings.isEmpty(), "English in the Russian UI:\n" + String.join("\n", findings));
    }

    @Test
    void englishWindowHasNoRussianOnAnyPage() {
        List<String> findings = sweep(Messages.ENGLISH, (text, dataWords) -> {
            if (text == null || dataWords.contains(text.strip().toLowerCase(Locale.ROOT))) {
                return "";
            }
            StringBuilder b = new StringBuilder();
            for (String w : text.split("[^\\p{IsCyrillic}]+")) {
                if (!w.isEmpty() && !dataWords.contains(w.toLowerCase(Locale.ROOT))) {
                    b.append(w).append(' ');
                }
            }
            return b.toString().strip();
        });
        assertTrue(findings.isEmpty(), "Russian in the English UI:\n" + String.join("\n", findings));
    }

    private List<String> sweep(Locale lang, java.util.function.BiFunction<String, Set<String>, String> foreign) {
        Locale os = Locale.getDefault();
        Locale.setDefault(lang); // JavaFX's own texts (empty-table placeholder, text menus) follow the OS locale
        try {
            return sweepPages(lang, foreign);
        } finally {
            Locale.setDefault(os);
        }
    }

    private List<String> sweepPages(Locale lang, java.util.function.BiFunction<String, Set<String>, String> foreign) {
        AppSettings settings = new AppSettings(config);
        settings.setLanguage(lang);
        Messages.setLocale(settings.language());
        Dataset data = TestData.customers();
        Set<String> dataWords = new java.util.HashSet<>();
        for (String c : data.table().columnNames()) {
            dataWords.add(c.toLowerCase(Locale.ROOT));
            for (Object v : data.table().column(c).asList()) {
                if (v != null) {
                    dataWords.add(v.toString().toLowerCase(Locale.ROOT));
                }
            }
        }
        Stage stage = GuiTestSupport.callFx(() -> {
            Stage s = new Stage();
            Wiring wiring = new Wiring(s, settings);
            s.setUserData(wiring);
            s.setScene(Theme.apply(new Scene(wiring.buildMainView().root(), 1280, 800)));
            s.show();
            return s;
        });
        Wiring wiring = (Wiring) stage.getUserData();
        GuiTestSupport.runFx(() -> wiring.state().currentDatasetProperty().set(data));
        GuiTestSupport.waitForTasks(wiring.tasks());
        List<String> findings = new ArrayList<>();
        for (Area area : Area.values()) {
            GuiTestSupport.runFx(() -> wiring.mainViewModel().areaProperty().set(area));
            GuiTestSupport.waitForTasks(wiring.tasks());
            GuiTestSupport.waitForFx();
            Set<String> texts = GuiTestSupport.callFx(() -> {
                Set<String> t = new LinkedHashSet<>();
                collect(stage.getScene().getRoot(), t);
                return t;
            });
            for (String s : texts) {
                String english = foreign.apply(s, dataWords);
                if (!english.isEmpty()) {
                    findings.add(area + ": \"" + s + "\" (" + english + ")");
                }
            }
            GuiTestSupport.screenshot(stage, "qa-sweep-" + lang.getLanguage() + "-"
                    + area.name().toLowerCase(Locale.ROOT));
        }
        return findings;
    }

    private static String englishWords(String s, Set<String> dataWords) {
        if (s == null || s.isBlank() || dataWords.contains(s.strip().toLowerCase(Locale.ROOT))) {
            return "";
        }
        if (s.contains("CC BY") || s.contains("Apache-2.0")) {
            return ""; // licence attribution lines are quoted verbatim
        }
        List<String> bad = new ArrayList<>();
        Matcher m = LATIN.matcher(s);
        while (m.find()) {
            String token = m.group().replaceAll("[.]+$", "");
            if (token.contains(".") || token.contains("/") || dataWords.contains(token.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String part : token.split("-")) {
                String w = part.toLowerCase(Locale.ROOT);
                if (w.length() >= 3 && w.chars().allMatch(Character::isLetter) && !ALLOWED.contains(w)
                        && !dataWords.contains(w)) {
                    bad.add(part);
                }
            }
        }
        return String.join(" ", bad);
    }

    private static void collect(Node n, Set<String> out) {
        if (!n.isVisible() || n instanceof IndexedCell<?> || n instanceof Axis<?>) {
            return;
        }
        if (n instanceof MenuBar mb) {
            for (Menu m : mb.getMenus()) {
                collectMenu(m, out);
            }
        }
        if (n instanceof Labeled l) {
            out.add(l.getText());
            Tooltip tt = l.getTooltip();
            if (tt != null) {
                out.add(tt.getText());
            }
        }
        if (n instanceof Text t && !(n.getParent() instanceof Labeled)) {
            out.add(t.getText());
        }
        if (n instanceof TextInputControl tic) {
            out.add(tic.getPromptText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static void collectMenu(MenuItem item, Set<String> out) {
        out.add(item.getText());
        if (item instanceof Menu m) {
            for (MenuItem c : m.getItems()) {
                collectMenu(c, out);
            }
        }
    }
}
