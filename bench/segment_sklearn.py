"""Python anchor for bench/segment.sh: the same k-sweep and exact silhouette in sklearn.

Usage: python3 bench/segment_sklearn.py make DATA.csv      (writes the 100k x 8 blobs, seed 0)
       python3 bench/segment_sklearn.py sweep DATA.csv KMIN KMAX
       python3 bench/segment_sklearn.py silhouette DATA.csv N
Prints one JSON object.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from sklearn.datasets import make_blobs
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score

cmd, path = sys.argv[1], sys.argv[2]
if cmd == "make":
    X, _ = make_blobs(n_samples=100_000, n_features=8, centers=6, cluster_std=[1.0, 1.5, 2.0, 2.5, 1.2, 3.0],
                      random_state=0)
    pd.DataFrame(X, columns=[f"f{i}" for i in range(8)]).round(6).to_csv(path, index=False)
    print(json.dumps({"rows": len(X), "path": path}))
    sys.exit(0)

X = pd.read_csv(path).to_numpy()
if cmd == "sweep":
    kmin, kmax = int(sys.argv[3]), int(sys.argv[4])
    t0 = time.perf_counter()
    out = []
    for k in range(kmin, kmax + 1):
        km = KMeans(n_clusters=k, n_init=3, random_state=42).fit(X)
        sil = silhouette_score(X, km.labels_, sample_size=10_000, random_state=42)
        out.append({"k": k, "inertia": float(km.inertia_), "silhouette": float(sil)})
    print(json.dumps({"seconds": time.perf_counter() - t0, "sweep": out}))
elif cmd == "silhouette":
    n = int(sys.argv[3])
    Xs = X[:n]
    labels = KMeans(n_clusters=5, n_init=1, random_state=0).fit_predict(Xs)
    np.savetxt(path + f".labels{n}", labels, fmt="%d")
    t0 = time.perf_counter()
    s = silhouette_score(Xs, labels)
    print(json.dumps({"seconds": time.perf_counter() - t0, "silhouette": float(s)}))
