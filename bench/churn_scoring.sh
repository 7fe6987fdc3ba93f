#!/usr/bin/env bash
# Scoring benchmark: per-client cost of `glas score` with reasons (exact TreeSHAP for tree models, coefficient ×
# value for logistic regression). Trains a model with `glas churn` (2 folds, no holdout, seed 42), saves it, then
# scores the data file with `glas score` and prints rows, ms per client in a batch and ms for one client alone.
# No Python anchor: the reference implementation (shap.TreeExplainer) is not installed on the build box.
# Usage: bench/churn_scoring.sh [DATA_DIR]   (default ../shared/data; build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data}
GLAS=target/app/bin/glas
OUT=target/bench-churn-scoring
mkdir -p "$OUT"
[ -x "$GLAS" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
# a model trained on all of bank-full scores its first 7,043 clients (the size of telco), so a forest run stays
# within minutes on a shared box
head -n 7044 "$DATA/bank-full.csv" > "$OUT/bank-7043.csv"

score() { # name train-file target positive models [score-file]
  local name=$1 file=$2 target=$3 positive=$4 models=$5 scored=${6:-$2}
  "$GLAS" churn "$file" --target "$target" --positive "$positive" --folds 2 --holdout 0 --seed 42 \
      --models "$models" --model-out "$OUT/$name.glasmodel" --json > "$OUT/$name.churn.json"
  "$GLAS" score "$OUT/$name.glasmodel" "$scored" --out "$OUT/$name.scores.csv" --json > "$OUT/$name.score.json"
  /usr/bin/python3 - "$name" "$OUT/$name.churn.json" "$OUT/$name.score.json" <<'PYEOF'
import json, sys
name, c, s = sys.argv[1], json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
print(f"{name:18s} model {c['best']:6s} rows {s['rows']:6d}  {s['ms_per_client']:8.2f} ms/client in a batch"
      f"  {s['single_client_ms']:8.2f} ms single  ({s['seconds']:.1f} s)")
PYEOF
}

score telco-blend "$DATA/WA_Fn-UseC_-Telco-Customer-Churn.csv" Churn Yes lr,rf,blend
score telco-rf "$DATA/WA_Fn-UseC_-Telco-Customer-Churn.csv" Churn Yes rf
score telco-gbm "$DATA/WA_Fn-UseC_-Telco-Customer-Churn.csv" Churn Yes gbm
score bank-rf "$DATA/bank-full.csv" y yes rf "$OUT/bank-7043.csv"
