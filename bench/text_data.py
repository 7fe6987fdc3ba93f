#!/usr/bin/python3
"""Bench data for bench/text.sh, from ../shared/data/cedr_ru_emotions.csv (CEDR, Apache-2.0).

texts10k.csv:  10,000 texts (CEDR texts in file order, cycled), column text.
train100k.csv: 100,000 labelled texts: each row joins two CEDR sentences drawn at random (seed 42);
               the label is the single-label class (see cedr_single_label.py) of the first sentence.
"""
import os
import random
import sys

import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]
df = pd.read_csv(os.path.join(here, '..', '..', 'shared', 'data', 'cedr_ru_emotions.csv'), keep_default_na=False)
texts = [t.replace('\n', ' ') for t in df['text']]
pd.DataFrame({'text': [texts[i % len(texts)] for i in range(10000)]}).to_csv(os.path.join(out, 'texts10k.csv'), index=False)
single = df[~df['label_names'].str.contains('|', regex=False)]
lab = [(t.replace('\n', ' '), l if l else 'no_emotion') for t, l in zip(single['text'], single['label_names'])]
rnd = random.Random(42)
rows = []
for _ in range(100000):
    a = lab[rnd.randrange(len(lab))]
    b = texts[rnd.randrange(len(texts))]
    rows.append((a[0] + ' ' + b, a[1]))
pd.DataFrame(rows, columns=['text', 'label']).to_csv(os.path.join(out, 'train100k.csv'), index=False)
