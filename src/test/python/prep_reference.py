"""Reference values for PipelineTest (dev.glas.core.prep) computed with sklearn/pandas.

Run from the repository root:  python3 src/test/python/prep_reference.py
Writes src/test/resources/dev/glas/core/prep/prep_fixture.csv (generated with a fixed seed) and
prep_reference.json (expected imputation fills, scaler parameters and one-hot categories).
"""
import json
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, MinMaxScaler, RobustScaler, OneHotEncoder

OUT = "src/test/resources/dev/glas/core/prep/"
rng = np.random.default_rng(7)
n = 300
age = rng.integers(18, 80, n).astype(float)
balance = np.round(rng.lognormal(7, 1.2, n) - 300, 2)
calls = rng.poisson(3, n).astype(float)
city = rng.choice(["Moscow", "Kazan", "Omsk", "Tver"], n, p=[0.5, 0.2, 0.2, 0.1]).astype(object)
plan = rng.choice(["basic", "pro"], n).astype(object)
age[rng.choice(n, 25, replace=False)] = np.nan
balance[rng.choice(n, 15, replace=False)] = np.nan
city[rng.choice(n, 20, replace=False)] = None
sparse = np.where(rng.random(n) < 0.7, np.nan, rng.normal(size=n).round(3))
df = pd.DataFrame({"id": np.arange(1, n + 1), "age": age, "balance": balance, "calls": calls,
                   "city": city, "plan": plan, "sparse": sparse})
# two exact duplicate rows and one repeated id
df = pd.concat([df, df.iloc[[3, 10]]], ignore_index=True)
df.to_csv(OUT + "prep_fixture.csv", index=False)

num = ["age", "balance", "calls"]
ref = {}
for strategy in ["mean", "median", "most_frequent"]:
    imp = SimpleImputer(strategy=strategy).fit(df[num])
    ref["impute_" + strategy] = dict(zip(num, imp.statistics_.tolist()))
ref["impute_mode_city"] = SimpleImputer(strategy="most_frequent").fit(df[["city"]].fillna(np.nan)).statistics_[0]
filled = df[num].fillna(df[num].median())
ref["dedupe_rows"] = int(len(df.drop_duplicates()))
ref["sparse_missing_share"] = float(df["sparse"].isna().mean())
z = StandardScaler().fit(filled)
ref["zscore_mean"] = z.mean_.tolist()
ref["zscore_scale"] = z.scale_.tolist()
ref["zscore_first_row"] = z.transform(filled.iloc[[0]])[0].tolist()
m = MinMaxScaler().fit(filled)
ref["minmax_first_row"] = m.transform(filled.iloc[[0]])[0].tolist()
r = RobustScaler().fit(filled)
ref["robust_center"] = r.center_.tolist()
ref["robust_scale"] = r.scale_.tolist()
ref["robust_first_row"] = r.transform(filled.iloc[[0]])[0].tolist()
oh = OneHotEncoder(handle_unknown="ignore").fit(df[["plan"]])
ref["onehot_plan"] = oh.categories_[0].tolist()
q1, q3 = np.percentile(filled["balance"], [25, 75])
ref["iqr_bounds_balance"] = [q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)]
ref["quantile_bounds_balance"] = np.percentile(filled["balance"], [1, 99]).tolist()
with open(OUT + "prep_reference.json", "w") as f:
    json.dump(ref, f, indent=1)
print(json.dumps(ref, indent=1))
