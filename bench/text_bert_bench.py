#!/usr/bin/python3
"""Python torch anchor for bench/text.sh: the same TorchScript file, the same texts, the same batch size.

usage: text_bert_bench.py MODEL_DIR TEXTS_CSV BATCH_SIZE THREADS
Tokenizes with the WordPiece tokenizer of src/test/python/make_test_bert.py (time reported separately, not
counted: the Rust tokenizer of `transformers` would be faster than this pure-Python one), then runs
torch.jit.load(MODEL_DIR/traced.pt) under torch.inference_mode() in batches padded to the longest text of the
batch, (a) in file order and (b) sorted by length as Glas does. Prints one JSON object.
"""
import json
import os
import sys
import time

import pandas as pd
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'test', 'python'))
from make_test_bert import WordPiece  # noqa: E402

model_dir, csv, batch, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
torch.set_num_threads(threads)
texts = pd.read_csv(csv, keep_default_na=False)['text'].tolist()
t0 = time.perf_counter()
tok = WordPiece(os.path.join(model_dir, 'tokenizer.json'))
ids = [tok.encode(t) for t in texts]
tokenize_s = time.perf_counter() - t0
model = torch.jit.load(os.path.join(model_dir, 'traced.pt')).eval()


def run(order):
    start = time.perf_counter()
    with torch.inference_mode():
        for s in range(0, len(order), batch):
            rows = [ids[i] for i in order[s:s + batch]]
            t = max(len(r) for r in rows)
            x = torch.tensor([r + [0] * (t - len(r)) for r in rows], dtype=torch.long)
            m = torch.tensor([[1] * len(r) + [0] * (t - len(r)) for r in rows], dtype=torch.long)
            logits = model(x, m)[0]
            torch.softmax(logits, -1).numpy()
    return time.perf_counter() - start


plain = list(range(len(ids)))
run(plain[:batch * 4])  # warm-up
s_plain = run(plain)
s_sorted = run(sorted(plain, key=lambda i: len(ids[i])))
print(json.dumps({'texts': len(ids), 'batch_size': batch, 'torch': torch.__version__, 'threads': torch.get_num_threads(),
                  'tokenize_seconds_python': tokenize_s,
                  'texts_per_second_file_order': len(ids) / s_plain,
                  'texts_per_second_sorted': len(ids) / s_sorted}))
