package dev.glas.core.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A BERT encoder (+ pooler and classification head when present) built from DJL NDArray operations on
 * the PyTorch engine, with weights read from a Hugging Face {@code model.safetensors}: embeddings + layer
 * norm, per layer masked multi-head self-attention, residual + layer norm, exact (erf) GELU feed-forward,
 * residual + layer norm; pooler tanh(W·h[CLS]+b) and classifier on top. Works for checkpoints saved from
 * {@code BertModel}, {@code BertForPreTraining} and {@code BertForSequenceClassification} (with or without
 * the {@code bert.} prefix, {@code LayerNorm.weight/bias} or the older {@code gamma/beta}).
 */
final class NdArrayBert implements BertEncoder.Forward {

    /** A linear layer stored as W^T [in, out] and b [out]. */
    private record Linear(NDArray wt, NDArray b) {
        NDArray apply(NDArray x) {
            return x.matMul(wt).add(b);
        }
    }

    private record Norm(NDArray w, NDArray b, float eps) {
        NDArray apply(NDArray x) {
            NDArray mean = x.mean(new int[] {-1}, true);
            NDArray centered = x.sub(mean);
            NDArray var = centered.square().mean(new int[] {-1}, true);
            return centered.div(var.add(eps).sqrt()).mul(w).add(b);
        }
    }

    private record Layer(Linear q, Linear k, Linear v, Linear o, Norm ln1, Linear inter, Linear out, Norm ln2) {
    }

    private final NDArray wordEmb;
    private final NDArray posEmb;
    private final NDArray typeEmb0;
    private final Norm embNorm;
    private final List<Layer> layers;
    private final Linear pooler;
    private final Linear classifier;
    private final int heads;
    private final NDManager weights;

    private NdArrayBert(NDArray wordEmb, NDArray posEmb, NDArray typeEmb0, Norm embNorm, List<Layer> layers,
                        Linear pooler, Linear classifier, int heads, NDManager weights) {
        this.wordEmb = wordEmb;
        this.posEmb = posEmb;
        this.typeEmb0 = typeEmb0;
        this.embNorm = embNorm;
        this.layers = layers;
        this.pooler = pooler;
        this.classifier = classifier;
        this.heads = heads;
        this.weights = weights;
    }

    static NdArrayBert load(ModelFolder folder, NDManager parent) throws TextException {
        JsonNode cfg;
        try {
            cfg = new ObjectMapper().readTree(folder.config().toFile());
        } catch (IOException e) {
            throw new TextException(e, "text.model.error.bad.config", folder.config(), String.valueOf(e.getMessage()));
        }
        int hidden = cfg.path("hidden_size").asInt();
        int heads = cfg.path("num_attention_heads").asInt(0);
        int nLayers = cfg.path("num_hidden_layers").asInt(0);
        float eps = (float) cfg.path("layer_norm_eps").asDouble(1e-12);
        String act = cfg.path("hidden_act").asText("gelu");
        if (heads <= 0 || hidden % heads != 0 || nLayers <= 0) {
            throw new TextException("text.model.error.bad.config", folder.config(), "num_attention_heads/num_hidden_layers");
        }
        if (!act.equals("gelu")) {
            throw new TextException("text.model.error.activation", folder.folder(), act);
        }
        SafeTensors st = SafeTensors.open(folder.safetensors());
        String prefix = null;
        for (String name : st.names()) {
            if (name.endsWith("embeddings.word_embeddings.weight")) {
                prefix = name.substring(0, name.length() - "embeddings.word_embeddings.weight".length());
                break;
            }
        }
        if (prefix == null) {
            throw new TextException("text.model.error.tensor", folder.safetensors(), "embeddings.word_embeddings.weight");
        }
        NDManager m = parent.newSubManager();
        try {
            Reader r = new Reader(st, m, prefix);
            NDArray word = r.get("embeddings.word_embeddings.weight");
            NDArray pos = r.get("embeddings.position_embeddings.weight");
            NDArray type0 = r.has("embeddings.token_type_embeddings.weight")
                    ? r.get("embeddings.token_type_embeddings.weight").get(0) : m.zeros(new Shape(hidden));
            Norm embNorm = r.norm("embeddings.LayerNorm", eps);
            List<Layer> layers = new ArrayList<>();
            for (int i = 0; i < nLayers; i++) {
                String p = "encoder.layer." + i + ".";
                layers.add(new Layer(r.linear(p + "attention.self.query"), r.linear(p + "attention.self.key"),
                        r.linear(p + "attention.self.value"), r.linear(p + "attention.output.dense"),
                        r.norm(p + "attention.output.LayerNorm", eps), r.linear(p + "intermediate.dense"),
                        r.linear(p + "output.dense"), r.norm(p + "output.LayerNorm", eps)));
            }
            Linear pooler = r.has("pooler.dense.weight") ? r.linear("pooler.dense") : null;
            Linear classifier = null;
            if (folder.task() == ModelFolder.Task.CLASSIFICATION) {
                if (pooler == null || !st.names().contains("classifier.weight")) {
                    throw new TextException("text.model.error.tensor", folder.safetensors(), "classifier.weight");
                }
                classifier = new Linear(r.raw("classifier.weight").transpose(), r.raw("classifier.bias"));
                if (classifier.wt().getShape().get(1) != folder.labels().size()) {
                    throw new TextException("text.model.error.labels", folder.folder());
                }
            }
            return new NdArrayBert(word, pos, type0, embNorm, layers, pooler, classifier, heads, m);
        } catch (TextException | RuntimeException e) {
            m.close();
            throw e;
        }
    }

    /** Reads tensors under the checkpoint's prefix, accepting gamma/beta for layer-norm weights. */
    private record Reader(SafeTensors st, NDManager m, String prefix) {
        boolean has(String name) {
            return st.names().contains(prefix + name);
        }

        NDArray get(String name) throws TextException {
            return st.read(m, prefix + name);
        }

        NDArray raw(String name) throws TextException {
            return st.read(m, name);
        }

        Linear linear(String name) throws TextException {
            return new Linear(get(name + ".weight").transpose(), get(name + ".bias"));
        }

        Norm norm(String name, float eps) throws TextException {
            boolean old = !has(name + ".weight") && has(name + ".gamma");
            return new Norm(get(name + (old ? ".gamma" : ".weight")), get(name + (old ? ".beta" : ".bias")), eps);
        }
    }

    @Override
    public BertEncoder.Pass forward(NDManager manager, NDArray ids, NDArray mask) {
        long b = ids.getShape().get(0);
        long t = ids.getShape().get(1);
        long h = wordEmb.getShape().get(1);
        long d = h / heads;
        NDArray x = wordEmb.get(new NDIndex("{}", ids.flatten())).reshape(b, t, h);
        x.attach(manager);
        NDArray pos = posEmb.get(new NDIndex("0:" + t));
        pos.attach(manager);
        x = x.add(pos).add(typeEmb0);
        x = embNorm.apply(x);
        NDArray bias = mask.toType(DataType.FLOAT32, false).neg().add(1f).mul(-10000f).reshape(b, 1, 1, t);
        float scale = (float) (1.0 / Math.sqrt(d));
        for (Layer l : layers) {
            NDArray q = l.q().apply(x).reshape(b, t, heads, d).transpose(0, 2, 1, 3);
            NDArray k = l.k().apply(x).reshape(b, t, heads, d).transpose(0, 2, 3, 1);
            NDArray v = l.v().apply(x).reshape(b, t, heads, d).transpose(0, 2, 1, 3);
            NDArray probs = q.matMul(k).mul(scale).add(bias).softmax(-1);
            NDArray ctx = probs.matMul(v).transpose(0, 2, 1, 3).reshape(b, t, h);
            x = l.ln1().apply(l.o().apply(ctx).add(x));
            NDArray inter = l.inter().apply(x);
            NDArray gelu = inter.mul(inter.mul((float) (1.0 / Math.sqrt(2.0))).erf().add(1f)).mul(0.5f);
            x = l.ln2().apply(l.out().apply(gelu).add(x));
        }
        NDArray logits = null;
        if (classifier != null) {
            NDArray cls = x.get(new NDIndex(":, 0, :"));
            logits = classifier.apply(pooler.apply(cls).tanh());
        }
        return new BertEncoder.Pass(logits, x);
    }

    @Override
    public void close() {
        weights.close();
    }
}
