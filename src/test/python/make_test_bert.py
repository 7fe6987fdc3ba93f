#!/usr/bin/python3
"""Builds small random-weight BERT classifiers with the real rubert-tiny2 vocabulary, for Glas tests and bench.

Plain torch (no transformers / tokenizers / safetensors packages needed):
  * a BERT encoder + pooler + classification head written here, parameter names as in Hugging Face
    `BertForSequenceClassification` (bert.embeddings..., bert.encoder.layer.N..., bert.pooler..., classifier...);
  * a BERT WordPiece tokenizer written here from tokenizer.json (cased, BertNormalizer + BertPreTokenizer);
  * the safetensors format written by hand (8-byte little-endian header length, JSON header, raw data).

Usage
  /usr/bin/python3 src/test/python/make_test_bert.py                 # test model -> src/test/resources/...
  /usr/bin/python3 src/test/python/make_test_bert.py --bench OUT_DIR  # rubert-tiny2 shape, not committed

The test model keeps the 83,828-token vocabulary but has hidden size 16, 2 layers, 2 heads, intermediate 32.
The word-embedding matrix is stored as float16 in both files (the TorchScript module casts it to float32
after the lookup) so the committed files stay small; all other weights are float32.
The traced module takes (input_ids int64 [B,T], attention_mask int64 [B,T]) and returns
(logits [B,C], last_hidden_state [B,T,H]).
reference.json holds, for a few Russian sentences: token ids, logits, probabilities and mean-pooled
(attention-mask weighted) last hidden states, computed in one padded batch.
"""
import argparse
import json
import math
import os
import shutil
import struct
import sys
import unicodedata

import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SHARED_TOKENIZER = os.path.join(REPO, '..', 'shared', 'models', 'rubert-tiny2')
TEST_OUT = os.path.join(REPO, 'src', 'test', 'resources', 'dev', 'glas', 'core', 'text', 'tiny-bert')

SENTENCES = [
    "Привет, мир!",
    "Я не смог найти, где поменять тариф в приложении.",
    "Спасибо большое, всё работает отлично :)",
    "Опять списали деньги дважды!!! Верните немедленно, это грабёж.",
    "Подскажите, пожалуйста, как подключить услугу «Семейный» за 300 руб.?",
    "ok",
    "Ёлки-палки, приложение снова не открывается после обновления 2.14.1 — ошибка 500, пишу уже третий раз.",
]


# ---------------------------------------------------------------------------------------------- tokenizer
class WordPiece:
    def __init__(self, tokenizer_json):
        with open(tokenizer_json, encoding='utf-8') as f:
            tj = json.load(f)
        self.vocab = tj['model']['vocab']
        self.unk = tj['model'].get('unk_token', '[UNK]')
        self.prefix = tj['model'].get('continuing_subword_prefix', '##')
        self.max_chars = tj['model'].get('max_input_chars_per_word', 100)
        self.max_len = (tj.get('truncation') or {}).get('max_length', 512)

    @staticmethod
    def _is_punct(ch):
        cp = ord(ch)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
            return True
        return unicodedata.category(ch).startswith('P')

    @staticmethod
    def _is_cjk(cp):
        return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
                or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
                or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)

    def _normalize(self, text):
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD:
                continue
            cat = unicodedata.category(ch)
            if ch in '\t\n\r' or ch.isspace() or cat == 'Zs':
                out.append(' ')
                continue
            if cat.startswith('C'):
                continue
            if self._is_cjk(cp):
                out.append(' ' + ch + ' ')
            else:
                out.append(ch)
        return ''.join(out)

    def _pre_tokenize(self, text):
        words = []
        for chunk in text.split():
            cur = ''
            for ch in chunk:
                if self._is_punct(ch):
                    if cur:
                        words.append(cur)
                        cur = ''
                    words.append(ch)
                else:
                    cur += ch
            if cur:
                words.append(cur)
        return words

    def _word_pieces(self, word):
        if len(word) > self.max_chars:
            return [self.vocab[self.unk]]
        ids, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end]
                if start > 0:
                    piece = self.prefix + piece
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.vocab[self.unk]]
            ids.append(found)
            start = end
        return ids

    def encode(self, text):
        ids = []
        for w in self._pre_tokenize(self._normalize(text)):
            ids.extend(self._word_pieces(w))
        ids = ids[:self.max_len - 2]
        return [self.vocab['[CLS]']] + ids + [self.vocab['[SEP]']]


# ---------------------------------------------------------------------------------------------- model
class Layer(nn.Module):
    def __init__(self, h, heads, inter, eps):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(h, h)
        self.k = nn.Linear(h, h)
        self.v = nn.Linear(h, h)
        self.o = nn.Linear(h, h)
        self.ln1 = nn.LayerNorm(h, eps=eps)
        self.i = nn.Linear(h, inter)
        self.out = nn.Linear(inter, h)
        self.ln2 = nn.LayerNorm(h, eps=eps)

    def forward(self, x, bias):
        b, t, h = x.shape
        d = h // self.heads

        def split(y):
            return y.view(b, t, self.heads, d).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        ctx = torch.matmul(torch.softmax(scores, dim=-1), v).transpose(1, 2).reshape(b, t, h)
        x = self.ln1(self.o(ctx) + x)
        return self.ln2(self.out(F.gelu(self.i(x))) + x)


class TinyBert(nn.Module):
    def __init__(self, cfg, n_labels, half_embeddings):
        super().__init__()
        h = cfg['hidden_size']
        eps = cfg['layer_norm_eps']
        self.word = nn.Embedding(cfg['vocab_size'], h)
        if half_embeddings:
            self.word = self.word.half()
        self.pos = nn.Embedding(cfg['max_position_embeddings'], h)
        self.typ = nn.Embedding(cfg['type_vocab_size'], h)
        self.ln = nn.LayerNorm(h, eps=eps)
        self.layers = nn.ModuleList([Layer(h, cfg['num_attention_heads'], cfg['intermediate_size'], eps)
                                     for _ in range(cfg['num_hidden_layers'])])
        self.pooler = nn.Linear(h, h)
        self.classifier = nn.Linear(h, n_labels)

    def forward(self, input_ids, attention_mask):
        t = input_ids.shape[1]
        positions = torch.arange(t, dtype=torch.long).unsqueeze(0)
        x = self.word(input_ids).float() + self.pos(positions) + self.typ(torch.zeros_like(input_ids))
        x = self.ln(x)
        bias = ((1.0 - attention_mask.float()) * -10000.0)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, bias)
        pooled = torch.tanh(self.pooler(x[:, 0]))
        return self.classifier(pooled), x

    def hf_state(self):
        """Parameters under the Hugging Face BertForSequenceClassification names."""
        s = {
            'bert.embeddings.word_embeddings.weight': self.word.weight,
            'bert.embeddings.position_embeddings.weight': self.pos.weight,
            'bert.embeddings.token_type_embeddings.weight': self.typ.weight,
            'bert.embeddings.LayerNorm.weight': self.ln.weight,
            'bert.embeddings.LayerNorm.bias': self.ln.bias,
        }
        for n, L in enumerate(self.layers):
            p = 'bert.encoder.layer.%d.' % n
            for name, mod in [('attention.self.query', L.q), ('attention.self.key', L.k),
                              ('attention.self.value', L.v), ('attention.output.dense', L.o),
                              ('attention.output.LayerNorm', L.ln1), ('intermediate.dense', L.i),
                              ('output.dense', L.out), ('output.LayerNorm', L.ln2)]:
                s[p + name + '.weight'] = mod.weight
                s[p + name + '.bias'] = mod.bias
        s['bert.pooler.dense.weight'] = self.pooler.weight
        s['bert.pooler.dense.bias'] = self.pooler.bias
        s['classifier.weight'] = self.classifier.weight
        s['classifier.bias'] = self.classifier.bias
        return s


def randomize(model, seed):
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.startswith('word') or name.startswith('pos') or name.startswith('typ'):
                std = 0.5
            elif 'ln' in name:
                p.copy_((1.0 if name.endswith('weight') else 0.0)
                        + 0.1 * torch.randn(p.shape, generator=g).to(p.dtype))
                continue
            elif name.startswith('classifier') or name.startswith('pooler'):
                std = 1.5 if name.endswith('weight') else 0.05
            else:
                std = 0.15
            p.copy_((std * torch.randn(p.shape, generator=g)).to(p.dtype))


# ---------------------------------------------------------------------------------------------- safetensors
DTYPES = {torch.float32: 'F32', torch.float16: 'F16', torch.int64: 'I64'}


def write_safetensors(path, tensors, metadata=None):
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().contiguous().cpu()
        raw = t.numpy().astype(t.numpy().dtype.newbyteorder('<')).tobytes()
        header[name] = {'dtype': DTYPES[t.dtype], 'shape': list(t.shape),
                        'data_offsets': [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    if metadata:
        header['__metadata__'] = metadata
    hb = json.dumps(header, separators=(',', ':')).encode('utf-8')
    hb += b' ' * ((8 - len(hb) % 8) % 8)
    with open(path, 'wb') as f:
        f.write(struct.pack('<Q', len(hb)))
        f.write(hb)
        for b in blobs:
            f.write(b)


# ---------------------------------------------------------------------------------------------- main
def build(out_dir, cfg_over, id2label, half, seed, sentences, with_reference):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(SHARED_TOKENIZER, 'config.json'), encoding='utf-8') as f:
        cfg = json.load(f)
    cfg.update(cfg_over)
    cfg['architectures'] = ['BertForSequenceClassification']
    cfg['id2label'] = {str(k): v for k, v in id2label.items()}
    cfg['label2id'] = {v: k for k, v in id2label.items()}
    cfg['max_position_embeddings'] = min(cfg['max_position_embeddings'], 512)
    cfg['_name_or_path'] = 'glas-test/tiny-bert (random weights, rubert-tiny2 vocabulary)'
    torch.manual_seed(seed)
    model = TinyBert(cfg, len(id2label), half).eval()
    randomize(model, seed)
    with open(os.path.join(out_dir, 'config.json'), 'w', encoding='utf-8') as f:
        json.dump(cfg, f, ensure_ascii=False, indent=2)
    # compact re-save of the tokenizer (same content as the shared pretty-printed copy)
    with open(os.path.join(SHARED_TOKENIZER, 'tokenizer.json'), encoding='utf-8') as f:
        tj = json.load(f)
    with open(os.path.join(out_dir, 'tokenizer.json'), 'w', encoding='utf-8') as f:
        json.dump(tj, f, ensure_ascii=False, separators=(',', ':'))
    write_safetensors(os.path.join(out_dir, 'model.safetensors'), model.hf_state(), {'format': 'pt'})

    tok = WordPiece(os.path.join(SHARED_TOKENIZER, 'tokenizer.json'))
    ids = [tok.encode(s) for s in sentences]
    t_max = max(len(x) for x in ids)
    input_ids = torch.tensor([x + [0] * (t_max - len(x)) for x in ids], dtype=torch.long)
    mask = torch.tensor([[1] * len(x) + [0] * (t_max - len(x)) for x in ids], dtype=torch.long)
    with torch.no_grad():
        traced = torch.jit.trace(model, (input_ids, mask))
    traced.save(os.path.join(out_dir, 'traced.pt'))
    if not with_reference:
        return
    with torch.no_grad():
        logits, hidden = model(input_ids, mask)
        m = mask.unsqueeze(-1).float()
        pooled = (hidden * m).sum(1) / m.sum(1)
        # sanity: the padded batch equals one-by-one runs, and the traced module equals the eager one
        for i, x in enumerate(ids):
            l1, h1 = model(torch.tensor([x]), torch.ones(1, len(x), dtype=torch.long))
            assert torch.allclose(l1[0], logits[i], atol=1e-5), 'padding changes logits'
            assert torch.allclose(h1[0].mean(0), pooled[i], atol=1e-5), 'padding changes pooling'
        tl, th = traced(input_ids, mask)
        assert torch.allclose(tl, logits, atol=1e-6)
    ref = {
        'sentences': sentences,
        'input_ids': ids,
        'logits': logits.tolist(),
        'probabilities': torch.softmax(logits, -1).tolist(),
        'mean_pooled': pooled.tolist(),
        'labels': [id2label[int(i)] for i in logits.argmax(-1)],
        'torch_version': torch.__version__,
    }
    with open(os.path.join(out_dir, 'reference.json'), 'w', encoding='utf-8') as f:
        json.dump(ref, f, ensure_ascii=False, indent=1)


def main():
    global SHARED_TOKENIZER
    ap = argparse.ArgumentParser()
    ap.add_argument('--bench', help='write a rubert-tiny2-shaped random model here (for bench/text.sh)')
    ap.add_argument('--tokenizer-dir', default=SHARED_TOKENIZER)
    args = ap.parse_args()
    SHARED_TOKENIZER = args.tokenizer_dir
    if args.bench:
        build(args.bench, {}, {0: 'neutral', 1: 'emotional', 2: 'aggression'}, False, 7, SENTENCES, False)
        print('bench model written to', args.bench)
        return
    small = {'hidden_size': 16, 'emb_size': 16, 'num_hidden_layers': 2, 'num_attention_heads': 2,
             'intermediate_size': 32, 'max_position_embeddings': 512}
    build(TEST_OUT, small, {0: 'neutral', 1: 'emotional', 2: 'aggression'}, True, 42, SENTENCES, True)
    for name in sorted(os.listdir(TEST_OUT)):
        print('%-20s %10d bytes' % (name, os.path.getsize(os.path.join(TEST_OUT, name))))


if __name__ == '__main__':
    sys.exit(main())
