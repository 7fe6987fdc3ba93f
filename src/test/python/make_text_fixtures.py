#!/usr/bin/python3
"""Text fixtures: a small CEDR slice and sklearn reference metrics for Evaluation.

  /usr/bin/python3 src/test/python/make_text_fixtures.py
Writes src/test/resources/dev/glas/core/text/cedr_slice.csv (600 single-label rows of CEDR's train split,
sampled with random_state=42; columns text,label,source) and metrics_reference.json (sklearn f1_score /
confusion_matrix of the fixed y_true / y_pred lists below).
"""
import json
import os

import pandas as pd
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_score, recall_score

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
OUT = os.path.join(REPO, 'src', 'test', 'resources', 'dev', 'glas', 'core', 'text')
SRC = os.path.join(REPO, '..', 'shared', 'data', 'cedr_ru_emotions.csv')

df = pd.read_csv(SRC, keep_default_na=False)
df = df[(df['split'] == 'train') & ~df['label_names'].str.contains('|', regex=False)].copy()
df['label'] = df['label_names'].replace('', 'no_emotion')
df['text'] = df['text'].str.replace('\n', ' ', regex=False)
df.sample(n=600, random_state=42)[['text', 'label', 'source']].to_csv(os.path.join(OUT, 'cedr_slice.csv'), index=False)

y_true = ['neg', 'pos', 'neu', 'neu', 'pos', 'neg', 'neg', 'pos', 'neu', 'other', 'pos', 'neg']
y_pred = ['neg', 'neu', 'neu', 'neu', 'pos', 'pos', 'neg', 'pos', 'neg', 'neu', 'pos', 'unseen']
labels = sorted(set(y_true) | set(y_pred))
ref = {
    'y_true': y_true, 'y_pred': y_pred, 'labels': labels,
    'macro_f1': f1_score(y_true, y_pred, average='macro', zero_division=0),
    'f1': f1_score(y_true, y_pred, average=None, labels=labels, zero_division=0).tolist(),
    'precision': precision_score(y_true, y_pred, average=None, labels=labels, zero_division=0).tolist(),
    'recall': recall_score(y_true, y_pred, average=None, labels=labels, zero_division=0).tolist(),
    'accuracy': accuracy_score(y_true, y_pred),
    'confusion': confusion_matrix(y_true, y_pred, labels=labels).tolist(),
}
with open(os.path.join(OUT, 'metrics_reference.json'), 'w') as f:
    json.dump(ref, f, indent=1)
print(ref['macro_f1'])
