package dev.glas.core.text;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.List;

/** TF-IDF features + multinomial logistic regression, trained by {@link TextTrainer}. */
public record TfidfTextModel(List<String> labels, Tfidf tfidf, SoftmaxRegression head) implements TextModel {

    public TfidfTextModel {
        labels = List.copyOf(labels);
    }

    @Override
    public String kind() {
        return "tfidf";
    }

    @Override
    public Prediction predict(List<String> texts, Progress progress, Cancellation cancellation) {
        progress.report(-1, "text.progress.classify", texts.size());
        return new Prediction(head.predictProba(tfidf.transform(texts, cancellation)), 0);
    }
}
