#!/usr/bin/python3
"""CEDR as a single-label task (protocol of the TF-IDF baseline in the README).

Rows of ../shared/data/cedr_ru_emotions.csv whose `label_names` holds at most one emotion; an empty
`label_names` becomes the class `no_emotion`. Rows with two or more emotions are dropped. The dataset's own
`split` column (train/test) is kept. Writes OUT_DIR/cedr_single_train.csv and OUT_DIR/cedr_single_test.csv
with columns text,label,source.
"""
import os
import sys

import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, '..', '..', 'shared', 'data', 'cedr_ru_emotions.csv')
out = sys.argv[1] if len(sys.argv) > 1 else '/tmp'
df = pd.read_csv(src, keep_default_na=False)
df = df[~df['label_names'].str.contains('|', regex=False)].copy()
df['label'] = df['label_names'].replace('', 'no_emotion')
for split in ('train', 'test'):
    part = df[df['split'] == split][['text', 'label', 'source']]
    part.to_csv(os.path.join(out, 'cedr_single_%s.csv' % split), index=False)
    print(split, len(part), part['label'].value_counts().to_dict(), file=sys.stderr)
