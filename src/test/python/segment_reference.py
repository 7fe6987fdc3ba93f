"""Reference values for dev.glas.core.segment tests (ClusterMetricsTest, KMeansTest), from sklearn.

Run from the repository root:  /usr/bin/python3 src/test/python/segment_reference.py
Writes into src/test/resources/dev/glas/core/segment/:
  metrics_points.csv   600 x 4 points (make_blobs, seed 3) with two labelings: km (KMeans k=4) and rnd (random)
  metrics_reference.json  silhouette, Calinski-Harabasz, Davies-Bouldin, inertia per labeling; ARI(km, rnd);
                          PCA explained variance ratios and |coordinates| of the first row
  kmeans_points.csv    3000 x 5 overlapping blobs (seed 11)
  kmeans_reference.json   best inertia of KMeans(n_init=3, random_state=0) for k = 2..8
"""
import json
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import (silhouette_score, calinski_harabasz_score, davies_bouldin_score,
                             adjusted_rand_score)

OUT = "src/test/resources/dev/glas/core/segment/"

X, _ = make_blobs(n_samples=600, n_features=4, centers=4, cluster_std=1.8, random_state=3)
X = np.round(X, 6)
km = KMeans(n_clusters=4, n_init=3, random_state=0).fit_predict(X)
rnd = np.random.default_rng(5).integers(0, 3, len(X))
df = pd.DataFrame(X, columns=["a", "b", "c", "d"])
df["km"] = km
df["rnd"] = rnd
df.to_csv(OUT + "metrics_points.csv", index=False)


def inertia(X, lab):
    return float(sum(((X[lab == k] - X[lab == k].mean(axis=0)) ** 2).sum() for k in np.unique(lab)))


ref = {}
for name, lab in [("km", km), ("rnd", rnd)]:
    ref[name] = {"silhouette": float(silhouette_score(X, lab)),
                 "calinski_harabasz": float(calinski_harabasz_score(X, lab)),
                 "davies_bouldin": float(davies_bouldin_score(X, lab)),
                 "inertia": inertia(X, lab)}
ref["ari_km_rnd"] = float(adjusted_rand_score(km, rnd))
from sklearn.decomposition import PCA
pca = PCA(n_components=3).fit(X)
ref["pca_explained_ratio"] = pca.explained_variance_ratio_.tolist()
ref["pca_first_row_abs"] = np.abs(pca.transform(X[:1])[0]).tolist()
ref["ari_km_km_permuted"] = float(adjusted_rand_score(km, (km + 1) % 4))
with open(OUT + "metrics_reference.json", "w") as f:
    json.dump(ref, f, indent=1)

Y, _ = make_blobs(n_samples=3000, n_features=5, centers=7, cluster_std=2.5, random_state=11)
Y = np.round(Y, 6)
pd.DataFrame(Y, columns=[f"f{i}" for i in range(5)]).to_csv(OUT + "kmeans_points.csv", index=False)
kref = {str(k): float(KMeans(n_clusters=k, n_init=3, random_state=0).fit(Y).inertia_) for k in range(2, 9)}
with open(OUT + "kmeans_reference.json", "w") as f:
    json.dump(kref, f, indent=1)
print(json.dumps(ref, indent=1), json.dumps(kref, indent=1))
