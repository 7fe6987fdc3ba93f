#!/usr/bin/env bash
# Segmentation benchmark: Glas vs sklearn on the same data, in one run.
#  1. k-sweep 2..10 on 100,000 x 8 (make_blobs, seed 0): Glas `segment --k 2..10` (k-means with 3 restarts,
#     silhouette on a 10,000-row sample, plus CH, DB and bootstrap stability) vs sklearn KMeans(n_init=3) +
#     silhouette_score(sample_size=10000) per k.
#  2. exact silhouette on the first 20,000 of those rows with the same labels (sklearn KMeans k=5 labels).
# Times are the analysis wall times each side reports ("seconds"); JVM start and CSV reading are excluded
# on both sides. Needs: mvn -q -DskipTests package; /usr/bin/python3 with sklearn.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PY=${PY:-/usr/bin/python3}
OUT=target/bench
mkdir -p "$OUT"
DATA=$OUT/blobs100k.csv
[ -f "$DATA" ] || $PY bench/segment_sklearn.py make "$DATA" >/dev/null
GLAS=target/app/bin/glas

echo "== k-sweep 2..10 on 100k x 8"
$GLAS segment "$DATA" --k 2..10 --seed 42 --json 2>/dev/null > $OUT/glas_sweep.json
$PY bench/segment_sklearn.py sweep "$DATA" 2 10 > $OUT/sk_sweep.json
echo "== exact silhouette on 20k"
$PY bench/segment_sklearn.py silhouette "$DATA" 20000 > $OUT/sk_sil.json
$GLAS silhouette "$DATA" --labels "$DATA.labels20000" --rows 20000 --json 2>/dev/null > $OUT/glas_sil.json
$PY - "$OUT" <<'PYEOF'
import json, sys
o = sys.argv[1]
g, s = json.load(open(o + "/glas_sweep.json")), json.load(open(o + "/sk_sweep.json"))
print(f"{'k':>3} {'glas inertia':>16} {'sklearn inertia':>16} {'ratio':>7} {'glas sil':>9} {'sk sil':>9}")
for a, b in zip(g["sweep"], s["sweep"]):
    print(f"{a['k']:>3} {a['inertia']:>16.1f} {b['inertia']:>16.1f} {a['inertia']/b['inertia']:>7.4f} "
          f"{a['silhouette']:>9.4f} {b['silhouette']:>9.4f}")
print(f"sweep: glas {g['seconds']:.2f} s (incl. CH, DB, stability), sklearn {s['seconds']:.2f} s, "
      f"ratio {g['seconds']/s['seconds']:.2f}x; recommended k = {g['recommended_k']}")
gs, ss = json.load(open(o + "/glas_sil.json")), json.load(open(o + "/sk_sil.json"))
print(f"exact silhouette 20k: glas {gs['silhouette']:.10f} in {gs['seconds']:.2f} s, "
      f"sklearn {ss['silhouette']:.10f} in {ss['seconds']:.2f} s, ratio {gs['seconds']/ss['seconds']:.2f}x, "
      f"|diff| {abs(gs['silhouette']-ss['silhouette']):.2e}")
PYEOF
