package dev.glas.core.text;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs a model folder on texts with the DJL PyTorch engine (natives from the bundled jar, offline):
 * tokenizes with the folder's {@code tokenizer.json}, sorts texts by length and runs them in batches padded
 * to the longest text of the batch, and returns class probabilities (classifiers) and attention-mask
 * weighted mean-pooled embeddings of the last hidden layer.
 */
public final class BertEncoder implements AutoCloseable {

    /**
     * Output of {@link #encode}: rows follow the input order.
     *
     * @param logits     raw class scores per text ({@code null} when the model is not a classifier)
     * @param embeddings mean-pooled last hidden states ({@code null} when not asked for or not available)
     * @param truncated  how many texts were longer than the model limit and were cut
     */
    public record Output(float[][] logits, float[][] embeddings, int truncated) {
    }

    /** What one forward pass gives: logits [B,C] (or null) and last hidden states [B,T,H] (or null). */
    record Pass(NDArray logits, NDArray hidden) {
    }

    /** One forward pass of a batch; arrays it creates belong to {@code manager}. */
    interface Forward extends AutoCloseable {
        Pass forward(NDManager manager, NDArray ids, NDArray mask) throws TextException;

        @Override
        void close();
    }

    static {
        // TorchScript's profiling graph executor re-optimizes the graph for every new input shape; with
        // dynamic padding every batch has a new length, so it only costs time. Off unless the user set it.
        if (System.getProperty("ai.djl.pytorch.graph_optimizer") == null) {
            System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
        }
    }

    private final ModelFolder folder;
    private final ModelFolder.Backend backend;
    private final HuggingFaceTokenizer tokenizer;
    private final NDManager manager;
    private final Forward forward;

    private BertEncoder(ModelFolder folder, ModelFolder.Backend backend, HuggingFaceTokenizer tokenizer,
                        NDManager manager, Forward forward) {
        this.folder = folder;
        this.backend = backend;
        this.tokenizer = tokenizer;
        this.manager = manager;
        this.forward = forward;
    }

    /** Loads the folder's tokenizer and weights (TorchScript or safetensors, see {@link ModelFolder.Backend}). */
    public static BertEncoder open(ModelFolder folder, ModelFolder.Backend wanted) throws TextException {
        ModelFolder.Backend backend = folder.resolve(wanted);
        HuggingFaceTokenizer tokenizer;
        try {
            tokenizer = HuggingFaceTokenizer.builder()
                    .optTokenizerPath(folder.tokenizer())
                    .optTruncation(true)
                    .optPadding(false)
                    .optMaxLength(folder.maxLength())
                    .optAddSpecialTokens(true)
                    .build();
        } catch (IOException | RuntimeException e) {
            throw new TextException(e, "text.model.error.tokenizer", folder.tokenizer(), String.valueOf(e.getMessage()));
        }
        NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch");
        try {
            Forward f = backend == ModelFolder.Backend.TORCHSCRIPT
                    ? torchScript(folder) : NdArrayBert.load(folder, manager);
            return new BertEncoder(folder, backend, tokenizer, manager, f);
        } catch (TextException | RuntimeException e) {
            manager.close();
            tokenizer.close();
            throw e;
        }
    }

    public ModelFolder folder() {
        return folder;
    }

    public ModelFolder.Backend backend() {
        return backend;
    }

    /** Token ids of each text, with [CLS]/[SEP], cut to the model limit. */
    public long[][] tokenize(List<String> texts) {
        Encoding[] enc = tokenizer.batchEncode(texts.stream().map(t -> t == null ? "" : t).toList());
        long[][] ids = new long[enc.length][];
        for (int i = 0; i < enc.length; i++) {
            ids[i] = enc[i].getIds();
        }
        return ids;
    }

    /**
     * Runs all texts.
     *
     * @param batchSize  texts per forward pass
     * @param embeddings whether to compute mean-pooled embeddings
     */
    public Output encode(List<String> texts, int batchSize, boolean embeddings, Progress progress,
                         Cancellation cancellation) throws TextException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1");
        }
        int n = texts.size();
        long[][] ids = new long[n][];
        int truncated = 0;
        int chunk = 256;
        for (int from = 0; from < n; from += chunk) {
            cancellation.check();
            int to = Math.min(n, from + chunk);
            List<String> part = texts.subList(from, to).stream().map(t -> t == null ? "" : t).toList();
            Encoding[] enc = tokenizer.batchEncode(part);
            for (int i = 0; i < enc.length; i++) {
                ids[from + i] = enc[i].getIds();
                if (enc[i].exceedMaxLength()) {
                    truncated++;
                }
            }
            progress.report(0.1 * to / Math.max(1, n), "text.progress.tokenize", to, n);
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
        boolean classifier = folder.task() == ModelFolder.Task.CLASSIFICATION;
        float[][] logits = classifier ? new float[n][] : null;
        float[][] pooled = embeddings ? new float[n][] : null;
        for (int start = 0; start < n; start += batchSize) {
            cancellation.check();
            int end = Math.min(n, start + batchSize);
            int b = end - start;
            int t = 0;
            for (int k = start; k < end; k++) {
                t = Math.max(t, ids[order[k]].length);
            }
            long[] flatIds = new long[b * t];
            long[] flatMask = new long[b * t];
            for (int k = 0; k < b; k++) {
                long[] row = ids[order[start + k]];
                System.arraycopy(row, 0, flatIds, k * t, row.length);
                Arrays.fill(flatMask, k * t, k * t + row.length, 1L);
            }
            try (NDManager m = manager.newSubManager()) {
                NDArray idArr = m.create(flatIds, new Shape(b, t));
                NDArray maskArr = m.create(flatMask, new Shape(b, t));
                Pass out = forward.forward(m, idArr, maskArr);
                NDArray lg = out.logits();
                NDArray hidden = out.hidden();
                if (classifier) {
                    if (lg == null) {
                        throw new TextException("text.model.error.output", folder.folder());
                    }
                    float[] v = lg.toType(DataType.FLOAT32, false).toFloatArray();
                    int c = (int) lg.getShape().get(1);
                    for (int k = 0; k < b; k++) {
                        logits[order[start + k]] = Arrays.copyOfRange(v, k * c, (k + 1) * c);
                    }
                }
                if (embeddings) {
                    if (hidden == null) {
                        throw new TextException("text.model.error.no.hidden", folder.folder());
                    }
                    NDArray mk = maskArr.toType(DataType.FLOAT32, false).expandDims(2);
                    NDArray mean = hidden.mul(mk).sum(new int[] {1}).div(mk.sum(new int[] {1}));
                    float[] v = mean.toFloatArray();
                    int h = (int) mean.getShape().get(1);
                    for (int k = 0; k < b; k++) {
                        pooled[order[start + k]] = Arrays.copyOfRange(v, k * h, (k + 1) * h);
                    }
                }
            }
            progress.report(0.1 + 0.9 * end / n, "text.progress.encode", end, n);
        }
        return new Output(logits, pooled, truncated);
    }

    private static Forward torchScript(ModelFolder folder) throws TextException {
        Model model = Model.newInstance(folder.name(), Device.cpu(), "PyTorch");
        try {
            model.load(folder.torchScript());
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new TextException(e, "text.model.error.torchscript", folder.torchScript(),
                    String.valueOf(e.getMessage()));
        }
        boolean classifier = folder.task() == ModelFolder.Task.CLASSIFICATION;
        return new Forward() {
            @Override
            public Pass forward(NDManager manager, NDArray ids, NDArray mask) throws TextException {
                NDList out;
                try {
                    out = model.getBlock().forward(new ParameterStore(manager, false), new NDList(ids, mask), false);
                } catch (RuntimeException e) {
                    throw new TextException(e, "text.model.error.run", folder.torchScript(), String.valueOf(e.getMessage()));
                }
                out.attach(manager);
                NDArray logits = null;
                NDArray hidden = null;
                for (NDArray a : out) {
                    int rank = a.getShape().dimension();
                    if (rank == 2 && logits == null && classifier) {
                        logits = a;
                    } else if (rank == 3) {
                        hidden = a; // the last rank-3 output is the last hidden layer
                    }
                }
                return new Pass(logits, hidden);
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }

    @Override
    public void close() {
        forward.close();
        manager.close();
        tokenizer.close();
    }
}
