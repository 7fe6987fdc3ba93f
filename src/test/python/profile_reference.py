"""Reference column statistics computed with pandas for ProfilerTest.

Fixtures: the bundled samples telco_churn.csv and bank_marketing.csv (src/main/resources/dev/glas/samples).
Telco's TotalCharges has blanks (" "), read as missing like Glas does (na_values=[" "]).
Run from the repository root:  /usr/bin/python3 src/test/python/profile_reference.py
Writes src/test/resources/dev/glas/core/data/profile_reference.json
"""
import json
import pandas as pd

SAMPLES = "src/main/resources/dev/glas/samples/"
OUT = "src/test/resources/dev/glas/core/data/profile_reference.json"


def stats(df):
    out = {}
    for name in df.columns:
        s = df[name]
        d = {"count": int(s.count()), "missing": int(s.isna().sum()), "distinct": int(s.nunique())}
        if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
            d.update(mean=float(s.mean()), std=float(s.std(ddof=1)), min=float(s.min()),
                     max=float(s.max()), median=float(s.median()))
        else:
            vc = s.value_counts()
            d.update(top=str(vc.index[0]), top_count=int(vc.iloc[0]))
        out[name] = d
    return out


def main():
    telco = pd.read_csv(SAMPLES + "telco_churn.csv", na_values=[" "], keep_default_na=True)
    bank = pd.read_csv(SAMPLES + "bank_marketing.csv", sep=";")
    ref = {"telco_churn": stats(telco), "bank_marketing": stats(bank)}
    with open(OUT, "w") as f:
        json.dump(ref, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
