package dev.glas.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Normalization, TF-IDF baseline, evaluation (vs sklearn), .glasmodel files, classification and clustering. */
class TextAnalyticsTest {

    private static Dataset cedr;
    private static List<String> texts;
    private static List<String> labels;

    @BeforeAll
    static void load() throws Exception {
        cedr = new DataImporter().read(Path.of(TextAnalyticsTest.class.getResource("cedr_slice.csv").toURI()));
        texts = TextClassification.texts(cedr, "text");
        labels = TextClassification.texts(cedr, "label");
    }

    @Test
    void normalizesRussian() {
        assertEquals("еще _url_ и _email_ стоит _num_ руб", RussianText.normalize(
                "ЕЩЁ https://example.ru/a?b=1 и Ivan.Petrov@mail.ru стоит 1 200,50 руб"));
        RussianText rt = new RussianText();
        assertEquals(List.of("приложен", "открыва"), rt.stems("Приложение не открывается"));
        assertTrue(RussianText.isStopWord("не"));
    }

    @Test
    void evaluationEqualsSklearn() throws Exception {
        JsonNode ref = new ObjectMapper().readTree(getClass().getResource("metrics_reference.json"));
        List<String> t = new ArrayList<>();
        List<String> p = new ArrayList<>();
        ref.path("y_true").forEach(n -> t.add(n.asText()));
        ref.path("y_pred").forEach(n -> p.add(n.asText()));
        Evaluation e = Evaluation.of(t, p);
        List<String> labs = new ArrayList<>();
        ref.path("labels").forEach(n -> labs.add(n.asText()));
        assertEquals(labs, e.labels());
        assertEquals(ref.path("macro_f1").asDouble(), e.macroF1(), 1e-12);
        assertEquals(ref.path("accuracy").asDouble(), e.accuracy(), 1e-12);
        for (int i = 0; i < labs.size(); i++) {
            assertEquals(ref.path("f1").get(i).asDouble(), e.f1()[i], 1e-12);
            assertEquals(ref.path("precision").get(i).asDouble(), e.precision()[i], 1e-12);
            assertEquals(ref.path("recall").get(i).asDouble(), e.recall()[i], 1e-12);
            for (int j = 0; j < labs.size(); j++) {
                assertEquals(ref.path("confusion").get(i).get(j).asInt(), e.confusion()[i][j]);
            }
        }
    }

    @Test
    void stratifiedFoldsKeepClassShares() {
        int[] y = new int[100];
        for (int i = 0; i < 100; i++) {
            y[i] = i < 80 ? 0 : 1;
        }
        int[] fold = TextTrainer.stratifiedFolds(y, 2, 5, 42);
        for (int f = 0; f < 5; f++) {
            int ones = 0;
            int all = 0;
            for (int i = 0; i < 100; i++) {
                if (fold[i] == f) {
                    all++;
                    ones += y[i];
                }
            }
            assertEquals(20, all);
            assertEquals(4, ones);
        }
        assertArrayEquals(fold, TextTrainer.stratifiedFolds(y, 2, 5, 42));
    }

    @Test
    void tfidfBaselineLearnsAndRoundTrips(@TempDir Path dir) throws Exception {
        TextTrainer.Result r = TextTrainer.train(texts, labels, TextTrainer.Options.tfidf(3, 42), Progress.NONE,
                Cancellation.NEVER);
        assertEquals(600, r.rows());
        assertEquals(6, r.classCounts().size());
        // 6 classes, majority share ~0.4: a macro F1 of 1/6 would be chance level for a balanced guesser
        assertTrue(r.cvMacroF1() > 0.3, "cv macro F1 " + r.cvMacroF1());
        assertEquals(3, r.foldMacroF1().length);
        assertEquals(600, r.outOfFold().rows());
        TextTrainer.Result again = TextTrainer.train(texts, labels, TextTrainer.Options.tfidf(3, 42), Progress.NONE,
                Cancellation.NEVER);
        assertEquals(r.cvMacroF1(), again.cvMacroF1(), 1e-12, "same seed, same result");

        Path file = dir.resolve("cedr.glasmodel");
        GlasModelFile.save(r.model(), new GlasModelFile.Info("text", "label", r.rows(), r.cvMacroF1(), 42), file);
        TextModel loaded = GlasModelFile.load(file);
        assertEquals(r.model().labels(), loaded.labels());
        float[][] a = r.model().predict(texts.subList(0, 50), Progress.NONE, Cancellation.NEVER).probabilities();
        float[][] b = loaded.predict(texts.subList(0, 50), Progress.NONE, Cancellation.NEVER).probabilities();
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(a[i], b[i], 1e-6f);
        }
        assertEquals("tfidf", GlasModelFile.manifest(file).path("kind").asText());

        TextClassification.Result c = TextClassification.run(cedr, "text", loaded, "label", Progress.NONE,
                Cancellation.NEVER);
        assertEquals(cedr.columnCount() + 2, c.dataset().columnCount());
        assertEquals("text_label", c.labelColumn());
        assertEquals(600, c.labelCounts().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(c.evaluation().macroF1() > 0.8, "training data fits: " + c.evaluation().macroF1());
        assertEquals(0, c.truncated());
    }

    @Test
    void trainingNeedsTwoClassesAndStops() {
        List<String> one = java.util.Collections.nCopies(texts.size(), "joy");
        assertEquals("text.train.error.classes", assertThrows(TextException.class,
                () -> TextTrainer.train(texts, one, TextTrainer.Options.tfidf(5, 1), Progress.NONE,
                        Cancellation.NEVER)).key());
        Cancellation c = new Cancellation();
        c.cancel();
        assertThrows(CancelledException.class, () -> TextTrainer.train(texts, labels, TextTrainer.Options.tfidf(5, 1),
                Progress.NONE, c));
    }

    @Test
    void embeddingHeadOnTheTinyBert(@TempDir Path dir) throws Exception {
        ModelFolder folder = ModelFolder.inspect(TestModels.tinyBert());
        List<String> x = texts.subList(0, 120);
        List<String> y = labels.subList(0, 120);
        TextTrainer.Result r = TextTrainer.train(x, y,
                new TextTrainer.Options(folder, 3, 7, 16, Tfidf.Options.defaults()), Progress.NONE, Cancellation.NEVER);
        assertEquals("embedding", r.model().kind());
        assertTrue(Double.isFinite(r.cvMacroF1()));
        Path file = dir.resolve("emb.glasmodel");
        GlasModelFile.save(r.model(), new GlasModelFile.Info("text", "label", r.rows(), r.cvMacroF1(), 7), file);
        TextModel loaded = GlasModelFile.load(file);
        float[][] a = r.model().predict(x.subList(0, 10), Progress.NONE, Cancellation.NEVER).probabilities();
        float[][] b = loaded.predict(x.subList(0, 10), Progress.NONE, Cancellation.NEVER).probabilities();
        for (int i = 0; i < 10; i++) {
            assertArrayEquals(a[i], b[i], 1e-5f);
        }
    }

    @Test
    void bertFolderClassifiesAColumn() throws Exception {
        ModelFolder folder = ModelFolder.inspect(TestModels.tinyBert());
        TextModel m = new FolderTextModel(folder, ModelFolder.Backend.TORCHSCRIPT, 8);
        TextClassification.Result r = TextClassification.run(cedr.rows(new int[] {0, 1, 2, 3, 4}, "five"), "text", m,
                null, Progress.NONE, Cancellation.NEVER);
        assertNull(r.evaluation());
        assertEquals(5, r.classified());
        for (int i = 0; i < 5; i++) {
            assertTrue(folder.labels().contains(r.dataset().table().stringColumn("text_label").get(i)));
            double p = r.dataset().table().doubleColumn("text_probability").get(i);
            assertTrue(p >= 1.0 / 3 && p <= 1.0);
        }
    }

    @Test
    void clustersAnswersIntoThemes() throws Exception {
        String[] delivery = {"Курьер опоздал с доставкой на два часа", "Доставка опять задержалась, курьер не приехал",
            "Курьер привёз заказ с опозданием", "Долгая доставка, курьер опоздал", "Курьер не позвонил, доставка сорвалась",
            "Доставку перенесли, курьер так и не приехал"};
        String[] app = {"Приложение вылетает при входе", "Не могу войти в приложение, оно зависает",
            "Приложение зависает после обновления", "После обновления приложение вылетает",
            "Приложение не открывается, вылетает", "Зависает приложение при оплате"};
        String[] price = {"Цены слишком высокие", "Дорого, цены выросли", "Высокие цены на тариф", "Тариф подорожал, дорого",
            "Цены на тариф выросли вдвое", "Очень дорого, цены кусаются"};
        List<String> answers = new ArrayList<>();
        answers.addAll(List.of(delivery));
        answers.addAll(List.of(app));
        answers.addAll(List.of(price));
        answers.add("");
        answers.add("доставка КУРЬЕР опоздал долгая!!!");
        answers.add("Цены слишком высокие");
        TextClustering.Result sweep = TextClustering.run(answers, TextClustering.Options.defaults(null, 2, 6, 42),
                Progress.NONE, Cancellation.NEVER);
        assertEquals(5, sweep.silhouette().size());
        double bestS = sweep.silhouette().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertEquals(bestS, sweep.silhouette().get(sweep.k()), 1e-12, "k with the best silhouette is chosen");
        assertTrue(sweep.silhouette().get(3) > sweep.silhouette().get(2));
        TextClustering.Result r = TextClustering.run(answers, TextClustering.Options.defaults(null, 3, 3, 42),
                Progress.NONE, Cancellation.NEVER);
        assertEquals(3, r.k());
        assertEquals(-1, r.assignment()[18]);
        assertTrue(Double.isNaN(r.x()[18]));
        Set<String> themes = new HashSet<>();
        for (int t = 0; t < 3; t++) {
            int first = r.assignment()[t * 6];
            for (int i = 0; i < 6; i++) {
                assertEquals(first, r.assignment()[t * 6 + i], "theme " + t + " text " + i);
            }
            themes.add(String.join(",", r.clusters().get(first).keywords()));
        }
        assertEquals(3, themes.size());
        TextClustering.Cluster d = r.clusters().get(r.assignment()[0]);
        assertTrue(d.keywords().contains("курьер"), d.keywords().toString());
        assertEquals(5, d.examples().size());
        assertEquals(d.examples().size(), new HashSet<>(d.examples()).size(), "examples are distinct");
        assertEquals(7, d.size());
        // "доставка КУРЬЕР опоздал долгая" = "Долгая доставка, курьер опоздал"; the price answer is repeated
        assertEquals(2, r.duplicates().size());
        assertEquals(2, r.duplicates().get(0).rows().length);
        assertFalse(Double.isNaN(r.x()[0]));
    }
}
