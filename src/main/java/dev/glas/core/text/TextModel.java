package dev.glas.core.text;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.List;

/** A text classifier: a BERT classifier folder, a saved TF-IDF model or a saved head on BERT embeddings. */
public interface TextModel {

    /**
     * Class probabilities of texts.
     *
     * @param probabilities per text, one value per label
     * @param truncated     texts cut to the model's length limit (0 for TF-IDF)
     */
    record Prediction(float[][] probabilities, int truncated) {
    }

    /** Labels in class order. */
    List<String> labels();

    /** "bert", "tfidf" or "embedding". */
    String kind();

    Prediction predict(List<String> texts, Progress progress, Cancellation cancellation) throws TextException;
}
