#!/usr/bin/env bash
# Churn benchmark: Glas (target/app/bin/glas churn) vs sklearn HistGradientBoostingClassifier on the same rows and
# the same 5 stratified folds (Glas writes its fold assignment with --folds-out; the Python side reads it).
# Prints, per dataset: best Glas model and its 5-fold ROC-AUC, Glas GBM ROC-AUC and training seconds (sum over folds),
# sklearn HGB ROC-AUC and training seconds, and the time ratio Glas GBM / sklearn HGB.
# Usage: bench/churn.sh [DATA_DIR]   (default ../shared/data; build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data}
GLAS=target/app/bin/glas
PY=${PYTHON:-/usr/bin/python3}
OUT=target/bench-churn   # Glas JSON, fold files and sklearn JSON are kept here
mkdir -p "$OUT"
[ -x "$GLAS" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }

run() { # name file sep target positive [drop...]
  local name=$1 file=$2 sep=$3 target=$4 positive=$5; shift 5
  local drop_csv
  drop_csv=$(IFS=,; echo "$*")
  local extra=()
  [ -n "$drop_csv" ] && extra=(--drop "$drop_csv")
  "$GLAS" churn "$file" --target "$target" --positive "$positive" --folds 5 --holdout 0 --seed 42 \
      --models lr,rf,gbm,blend "${extra[@]}" --folds-out "$OUT/$name.folds.csv" --json > "$OUT/$name.glas.json"
  "$PY" bench/churn_sklearn.py "$file" "$sep" "$target" "$positive" "$OUT/$name.folds.csv" "$@" > "$OUT/$name.sk.json"
  # sklearn's OpenMP threads degrade badly when the CPU is shared; one thread is the steadier anchor
  OMP_NUM_THREADS=1 "$PY" bench/churn_sklearn.py "$file" "$sep" "$target" "$positive" "$OUT/$name.folds.csv" "$@" \
      > "$OUT/$name.sk1.json"
  "$PY" - "$name" "$OUT/$name.glas.json" "$OUT/$name.sk.json" "$OUT/$name.sk1.json" <<'PYEOF'
import json, sys
name, g, s = sys.argv[1], json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
s1 = json.load(open(sys.argv[4]))
models = {m["name"]: m for m in g["models"]}
gbm = models.get("gbm")
print(f"== {name}: {g['rows']} rows, positive rate {g['positive_rate']:.4f}, Glas wall {g['seconds']:.1f}s")
for m in g["models"]:
    print(f"   glas {m['name']:6s} ROC-AUC {m['cv_roc_auc']:.4f} ± {m['cv_roc_auc_sd']:.4f}  PR-AUC {m['cv_pr_auc']:.4f}"
          f"  train {m['seconds']:.2f}s")
print(f"   best: {g['best']} {models[g['best']]['cv_roc_auc']:.4f}")
print(f"   sklearn HGB ROC-AUC {s['cv_roc_auc']:.4f}  train {s['seconds']:.2f}s (default threads), "
      f"{s1['seconds']:.2f}s (OMP_NUM_THREADS=1)  (iterations {s['n_iter']})")
if gbm:
    print(f"   GBM time ratio glas/sklearn = {gbm['seconds'] / s['seconds']:.2f} (default threads), "
          f"{gbm['seconds'] / s1['seconds']:.2f} (sklearn on 1 thread)"
          f"   best − HGB = {models[g['best']]['cv_roc_auc'] - s['cv_roc_auc']:+.4f}")
PYEOF
}

run bank "$DATA/bank-full.csv" ";" y yes
run telco "$DATA/WA_Fn-UseC_-Telco-Customer-Churn.csv" "," Churn Yes customerID
