package dev.glas.core.text;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.List;

/** A classification model folder (TorchScript or safetensors) used directly. */
public record FolderTextModel(ModelFolder folder, ModelFolder.Backend backend, int batchSize) implements TextModel {

    public FolderTextModel {
        if (folder.task() != ModelFolder.Task.CLASSIFICATION) {
            throw new IllegalArgumentException("not a classifier");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1");
        }
    }

    @Override
    public List<String> labels() {
        return folder.labels();
    }

    @Override
    public String kind() {
        return "bert";
    }

    @Override
    public Prediction predict(List<String> texts, Progress progress, Cancellation cancellation) throws TextException {
        try (BertEncoder enc = BertEncoder.open(folder, backend)) {
            BertEncoder.Output out = enc.encode(texts, batchSize, false, progress, cancellation);
            float[][] p = new float[texts.size()][];
            for (int i = 0; i < p.length; i++) {
                p[i] = softmax(out.logits()[i]);
            }
            return new Prediction(p, out.truncated());
        }
    }

    static float[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] e = new double[logits.length];
        for (int c = 0; c < logits.length; c++) {
            e[c] = Math.exp(logits[c] - max);
            sum += e[c];
        }
        float[] p = new float[logits.length];
        for (int c = 0; c < p.length; c++) {
            p[c] = (float) (e[c] / sum);
        }
        return p;
    }
}
