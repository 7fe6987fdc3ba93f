#!/usr/bin/python3
"""sklearn anchor for bench/text.sh: TF-IDF (word 1-2 grams + char_wb 2-4 grams, min_df 2, sublinear tf)
+ LogisticRegression(class_weight='balanced') on the same labelled CSV; prints one JSON object.

usage: text_tfidf_bench.py TRAIN_CSV [TEST_CSV]   (with TEST_CSV: macro F1 on it; also 5-fold CV on TRAIN)
"""
import json
import sys
import time

import pandas as pd
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold


def fit(texts, labels):
    w = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    c = TfidfVectorizer(analyzer='char_wb', ngram_range=(2, 4), min_df=2, sublinear_tf=True)
    x = hstack([w.fit_transform(texts), c.fit_transform(texts)]).tocsr()
    m = LogisticRegression(class_weight='balanced', max_iter=200).fit(x, labels)
    return lambda t: m.predict(hstack([w.transform(t), c.transform(t)]).tocsr())


train = pd.read_csv(sys.argv[1], keep_default_na=False)
train = train[(train['text'].str.strip() != '') & (train['label'].str.strip() != '')]
out = {'rows': len(train)}
t0 = time.perf_counter()
predict = fit(train['text'], train['label'])
out['train_seconds'] = time.perf_counter() - t0
if len(sys.argv) > 2:
    test = pd.read_csv(sys.argv[2], keep_default_na=False)
    out['test_macro_f1'] = f1_score(test['label'], predict(test['text']), average='macro')
    scores = []
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=42).split(train['text'], train['label']):
        p = fit(train['text'].iloc[tr], train['label'].iloc[tr])
        scores.append(f1_score(train['label'].iloc[te], p(train['text'].iloc[te]), average='macro'))
    out['cv_macro_f1'] = sum(scores) / len(scores)
print(json.dumps(out))
