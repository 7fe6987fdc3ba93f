package dev.glas.core.text;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.List;

/**
 * Mean-pooled embeddings of a model folder, standardized, + multinomial logistic regression head.
 *
 * @param folder the encoder folder (its path is stored in the .glasmodel file)
 * @param mean   per-dimension mean of the training embeddings
 * @param scale  per-dimension 1 / standard deviation
 */
public record EmbeddingTextModel(List<String> labels, ModelFolder folder, float[] mean, float[] scale,
                                 SoftmaxRegression head, int batchSize) implements TextModel {

    public EmbeddingTextModel {
        labels = List.copyOf(labels);
    }

    @Override
    public String kind() {
        return "embedding";
    }

    @Override
    public Prediction predict(List<String> texts, Progress progress, Cancellation cancellation) throws TextException {
        try (BertEncoder enc = BertEncoder.open(folder, ModelFolder.Backend.AUTO)) {
            BertEncoder.Output out = enc.encode(texts, batchSize, true, progress, cancellation);
            float[][] x = standardize(out.embeddings(), mean, scale);
            return new Prediction(head.predictProba(SparseRows.dense(x)), out.truncated());
        }
    }

    static float[][] standardize(float[][] e, float[] mean, float[] scale) {
        float[][] x = new float[e.length][];
        for (int i = 0; i < e.length; i++) {
            x[i] = new float[e[i].length];
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = (e[i][j] - mean[j]) * scale[j];
            }
        }
        return x;
    }
}
