#!/usr/bin/env python3
"""Python anchor of bench/churn.sh: sklearn HistGradientBoostingClassifier (defaults, random_state=0) on the same
rows and the same folds Glas used (read from Glas's --folds-out file), printing JSON with per-fold ROC-AUC and
training seconds.

usage: churn_sklearn.py DATA.csv SEP TARGET POSITIVE FOLDS.csv [DROP_COLUMN ...]
Categorical (text) columns are ordinal-encoded (codes of sorted categories), as HGB needs numbers; numeric-looking
text (telco TotalCharges with " ") becomes numbers with NaN, which HGB handles natively.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score


def main():
    path, sep, target, positive, folds_path = sys.argv[1:6]
    drop = sys.argv[6:]
    df = pd.read_csv(path, sep=sep)
    folds = pd.read_csv(folds_path)
    df = df.iloc[folds["row"].to_numpy()].reset_index(drop=True)
    fold = folds["fold"].to_numpy()
    y = (df[target].astype(str).str.strip() == positive).astype(int).to_numpy()
    X = df.drop(columns=[target] + [c for c in drop if c in df.columns])
    for c in X.columns:
        if X[c].dtype == object:
            num = pd.to_numeric(X[c].str.strip().replace("", np.nan), errors="coerce")
            if num.notna().sum() >= 0.95 * X[c].str.strip().ne("").sum():
                X[c] = num
            else:
                X[c] = X[c].astype("category").cat.codes
    X = X.to_numpy(dtype=float)
    out = {"sklearn": sklearn.__version__, "fold_roc_auc": [], "fold_seconds": [], "n_iter": []}
    for k in sorted(set(fold[fold >= 0])):
        tr, te = fold != k, fold == k
        tr &= fold >= 0
        t0 = time.perf_counter()
        m = HistGradientBoostingClassifier(random_state=0).fit(X[tr], y[tr])
        out["fold_seconds"].append(time.perf_counter() - t0)
        out["fold_roc_auc"].append(roc_auc_score(y[te], m.predict_proba(X[te])[:, 1]))
        out["n_iter"].append(int(m.n_iter_))
    out["cv_roc_auc"] = float(np.mean(out["fold_roc_auc"]))
    out["seconds"] = float(np.sum(out["fold_seconds"]))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
