"""Reference values for GaussianMixtureTest: sklearn GaussianMixture(covariance_type="diag") on the a,b,c,d
columns of metrics_points.csv, k = 2..5, tight tolerance. Writes gmm_reference.json next to the CSV.
Run: /usr/bin/python3 src/test/python/gmm_reference.py"""
import json, pathlib
import pandas as pd
from sklearn.mixture import GaussianMixture
from sklearn.metrics import adjusted_rand_score

here = pathlib.Path(__file__).resolve().parents[1] / "resources/dev/glas/core/segment"
df = pd.read_csv(here / "metrics_points.csv")
X = df[["a", "b", "c", "d"]].to_numpy()
out = {}
for k in range(2, 6):
    gm = GaussianMixture(n_components=k, covariance_type="diag", tol=1e-9, max_iter=1000, n_init=5,
                         random_state=0).fit(X)
    out[str(k)] = {"mean_log_likelihood": float(gm.score(X)), "bic": float(gm.bic(X)),
                   "weights": sorted(float(w) for w in gm.weights_),
                   "labels": [int(v) for v in gm.predict(X)]}
(here / "gmm_reference.json").write_text(json.dumps(out))
print({k: (v["mean_log_likelihood"], v["bic"]) for k, v in out.items()})
