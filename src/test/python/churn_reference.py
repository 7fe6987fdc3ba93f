#!/usr/bin/env python3
"""Reference values for the churn area tests (Glas, src/test/java/dev/glas/core/churn).

Run from the repository root:  /usr/bin/python3 src/test/python/churn_reference.py
Needs ../shared/data only to (re)create the slices; the reference values are computed from the committed
slices/fixtures, so they can be re-checked without ../shared.

Writes into src/test/resources/dev/glas/core/churn/:
  bank_slice.csv, telco_slice.csv      random row samples (seeded) of the open datasets (see README.md there)
  metrics_fixture.csv                  y,p,p_ties: labels and scores (p_ties rounded to 1 decimal -> many ties)
  metrics_expected.json                sklearn metrics on metrics_fixture.csv
  lr_expected.json                     sklearn LogisticRegression(C=1) coefficients on z-scored bank_slice numbers
  vif_expected.json                    statsmodels VIF (with a constant, as add_constant) and pandas correlation
                                       on numeric bank_slice columns and on telco_slice numeric columns
"""
import json
import os
import sys

import numpy as np
import pandas as pd
import sklearn
import statsmodels
from sklearn import metrics
from sklearn.calibration import calibration_curve
from statsmodels.stats.outliers_influence import variance_inflation_factor
from statsmodels.tools.tools import add_constant

OUT = "src/test/resources/dev/glas/core/churn"
SHARED = "../shared/data"


def make_slices():
    bank = os.path.join(SHARED, "bank-full.csv")
    telco = os.path.join(SHARED, "WA_Fn-UseC_-Telco-Customer-Churn.csv")
    if not os.path.exists(os.path.join(OUT, "bank_slice.csv")):
        df = pd.read_csv(bank, sep=";")
        df.sample(n=3000, random_state=7).to_csv(os.path.join(OUT, "bank_slice.csv"), sep=";", index=False)
    if not os.path.exists(os.path.join(OUT, "telco_slice.csv")):
        df = pd.read_csv(telco, dtype=str, keep_default_na=False)
        df.sample(n=1500, random_state=7).to_csv(os.path.join(OUT, "telco_slice.csv"), index=False)


def make_metrics_fixture():
    path = os.path.join(OUT, "metrics_fixture.csv")
    if not os.path.exists(path):
        rng = np.random.default_rng(42)
        n = 600
        y = (rng.random(n) < 0.2).astype(int)
        z = 1.3 * (2 * y - 1) + rng.normal(0, 1.5, n) - 1.0
        p = 1 / (1 + np.exp(-z))
        p = np.round(p, 4)  # a few ties
        p = np.clip(p, 0.0005, 0.9995)
        pd.DataFrame({"y": y, "p": p, "p_ties": np.clip(np.round(p, 1), 0.05, 0.95)}).to_csv(path, index=False)
    return pd.read_csv(path)


def metric_block(y, p, threshold):
    pred = (p >= threshold).astype(int)
    tn, fp, fn, tp = metrics.confusion_matrix(y, pred, labels=[0, 1]).ravel()
    prob_true, prob_pred = calibration_curve(y, p, n_bins=10, strategy="uniform")
    order = np.argsort(-p, kind="stable")
    n = len(y)
    # Lift/gain by deciles: rows sorted by score descending, decile d holds rows [floor(n*d/10), floor(n*(d+1)/10)).
    # (Glas breaks score ties by row order, as the stable sort here does.)
    deciles = []
    total_pos = y.sum()
    cum = 0
    for d in range(10):
        lo, hi = (n * d) // 10, (n * (d + 1)) // 10
        pos = int(y[order[lo:hi]].sum())
        cum += pos
        deciles.append({"rows": hi - lo, "positives": pos,
                        "lift": (pos / (hi - lo)) / (total_pos / n),
                        "cumulative_gain": cum / total_pos})
    return {
        "roc_auc": metrics.roc_auc_score(y, p),
        "average_precision": metrics.average_precision_score(y, p),
        "log_loss": metrics.log_loss(y, p),
        "threshold": threshold,
        "f1": metrics.f1_score(y, pred),
        "precision": metrics.precision_score(y, pred),
        "recall": metrics.recall_score(y, pred),
        "accuracy": metrics.accuracy_score(y, pred),
        "confusion": {"tn": int(tn), "fp": int(fp), "fn": int(fn), "tp": int(tp)},
        "calibration_prob_true": prob_true.tolist(),
        "calibration_prob_pred": prob_pred.tolist(),
        "deciles": deciles,
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    make_slices()
    fx = make_metrics_fixture()
    y = fx["y"].to_numpy()
    expected = {
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
        "p": metric_block(y, fx["p"].to_numpy(), 0.5),
        "p_030": metric_block(y, fx["p"].to_numpy(), 0.3),
        "p_ties": metric_block(y, fx["p_ties"].to_numpy(), 0.5),
    }
    with open(os.path.join(OUT, "metrics_expected.json"), "w") as f:
        json.dump(expected, f, indent=1)

    bank = pd.read_csv(os.path.join(OUT, "bank_slice.csv"), sep=";")
    cols = ["age", "balance", "day", "duration", "campaign", "pdays", "previous"]
    X = bank[cols].astype(float)
    Xc = add_constant(X)
    vif = {c: variance_inflation_factor(Xc.values, i + 1) for i, c in enumerate(cols)}
    corr = X.corr().values.tolist()
    # Telco: TotalCharges ~ tenure * MonthlyCharges, so VIFs are well above 1; rows with TotalCharges " " dropped.
    telco = pd.read_csv(os.path.join(OUT, "telco_slice.csv"), dtype=str, keep_default_na=False)
    telco = telco[telco["TotalCharges"].str.strip() != ""]
    tcols = ["SeniorCitizen", "tenure", "MonthlyCharges", "TotalCharges"]
    T = telco[tcols].astype(float)
    Tc = add_constant(T)
    tvif = {c: variance_inflation_factor(Tc.values, i + 1) for i, c in enumerate(tcols)}
    with open(os.path.join(OUT, "vif_expected.json"), "w") as f:
        json.dump({"versions": {"statsmodels": statsmodels.__version__, "pandas": pd.__version__},
                   "columns": cols, "vif": vif, "corr": corr,
                   "telco_columns": tcols, "telco_rows": int(len(T)), "telco_vif": tvif,
                   "telco_corr": T.corr().values.tolist()}, f, indent=1)
    # Logistic regression (L2, C=1, newton-cg to tol 1e-10) on z-scored numeric bank_slice columns, target y=yes.
    from sklearn.linear_model import LogisticRegression
    Z = (X - X.mean()) / X.std(ddof=0)
    yb = (bank["y"] == "yes").astype(int).values
    lr = {}
    for cw in [None, "balanced"]:
        m = LogisticRegression(C=1.0, class_weight=cw, solver="newton-cg", tol=1e-10, max_iter=10000).fit(Z.values, yb)
        lr["none" if cw is None else cw] = {"coef": m.coef_[0].tolist(), "intercept": float(m.intercept_[0])}
    with open(os.path.join(OUT, "lr_expected.json"), "w") as f:
        json.dump({"versions": {"sklearn": sklearn.__version__}, "columns": cols, "models": lr}, f, indent=1)
    print("ok", file=sys.stderr)


if __name__ == "__main__":
    main()
