"""RFM reference for RfmTest, computed with pandas (independent of Glas' code).

Run from the repository root: /usr/bin/python3 src/test/python/rfm_reference.py
Reads ../shared/data/online_retail.csv (UCI Online Retail, CC BY 4.0) and writes
src/test/resources/dev/glas/core/segment/online_retail_slice.csv: all transactions of 150 customers drawn with seed 1
plus the first 40 rows without a CustomerID, and rfm_reference.csv with per-customer R, F, M, scores and segment.
"""
import numpy as np
import pandas as pd

OUT = "src/test/resources/dev/glas/core/segment/"
df = pd.read_csv("../shared/data/online_retail.csv", dtype={"CustomerID": str, "InvoiceNo": str, "StockCode": str})
cust = df["CustomerID"].dropna().unique()
pick = set(np.random.default_rng(1).choice(cust, 150, replace=False))
sl = pd.concat([df[df["CustomerID"].isin(pick)], df[df["CustomerID"].isna()].head(40)]).sort_index()
sl.to_csv(OUT + "online_retail_slice.csv", index=False)

t = pd.read_csv(OUT + "online_retail_slice.csv", dtype={"CustomerID": str, "InvoiceNo": str})
t = t.dropna(subset=["CustomerID"])
t["customer"] = t["CustomerID"].map(lambda s: str(int(float(s))))
t["amount"] = t["Quantity"] * t["UnitPrice"]
t["InvoiceDate"] = pd.to_datetime(t["InvoiceDate"])
as_of = t["InvoiceDate"].max().normalize() + pd.Timedelta(days=1)
g = t.groupby("customer")
rfm = pd.DataFrame({
    "recency": (as_of - g["InvoiceDate"].max().dt.normalize()).dt.days,
    "frequency": g["InvoiceNo"].nunique(),
    "monetary": g["amount"].sum(),
}).sort_index()  # customers in text order
rfm["r"] = pd.qcut(rfm["recency"].rank(method="first"), 5, labels=[5, 4, 3, 2, 1]).astype(int)
rfm["f"] = pd.qcut(rfm["frequency"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)
rfm["m"] = pd.qcut(rfm["monetary"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)
seg_map = {r"11": "LOST", r"[1-2][1-2]": "HIBERNATING", r"[1-2][3-4]": "AT_RISK", r"[1-2]5": "CANNOT_LOSE",
           r"3[1-2]": "ABOUT_TO_SLEEP", r"33": "NEED_ATTENTION", r"[3-4][4-5]": "LOYAL", r"41": "PROMISING",
           r"51": "NEW_CUSTOMERS", r"[4-5][2-3]": "POTENTIAL_LOYALISTS", r"5[4-5]": "CHAMPIONS"}
rf = rfm["r"].astype(str) + rfm["f"].astype(str)
rfm["segment"] = [next(v for k, v in seg_map.items() if pd.Series([s]).str.fullmatch(k)[0]) for s in rf]
rfm.index.name = "customer"
rfm.to_csv(OUT + "rfm_reference.csv")
print(as_of, len(rfm), rfm["segment"].value_counts().to_dict())
