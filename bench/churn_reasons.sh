#!/usr/bin/env bash
# Bulk scoring cost by reason policy on full bank-full (45,211 rows): trains the default models with `glas churn`
# (2 folds, no holdout, seed 42; the best is the GBM + forest blend), then `glas score` with --reasons none,
# positive and all; then a project with a churn analysis (default models and folds, seed 42) and `glas report`
# of it (the report explains only the rows at or above the threshold). Prints wall times.
# No Python anchor: shap.TreeExplainer is not installed on the build box.
# Usage: bench/churn_reasons.sh [DATA_DIR]   (default ../shared/data; build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data}
GLAS=target/app/bin/glas
OUT=target/bench-churn-reasons
mkdir -p "$OUT"
[ -x "$GLAS" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
"$GLAS" churn "$DATA/bank-full.csv" --target y --positive yes --folds 2 --holdout 0 --seed 42 \
    --model-out "$OUT/bank.glasmodel" --json > "$OUT/churn.json"
for r in none positive all; do
  s=$(date +%s.%N)
  "$GLAS" score "$OUT/bank.glasmodel" "$DATA/bank-full.csv" --out "$OUT/scores-$r.csv" --reasons "$r" --json \
      > "$OUT/score-$r.json"
  e=$(date +%s.%N)
  /usr/bin/python3 - "$r" "$OUT/score-$r.json" "$s" "$e" <<'PYEOF'
import json, sys
r, j, s, e = sys.argv[1], json.load(open(sys.argv[2])), float(sys.argv[3]), float(sys.argv[4])
print(f"glas score --reasons {r:8s} model {j['model']} rows {j['rows']} explained {j['explained']:6d}  "
      f"{j['ms_per_client']:7.3f} ms/client  single {j['single_client_ms']:6.2f} ms  scoring {j['seconds']:7.1f} s  "
      f"process {e - s:7.1f} s")
PYEOF
done
rm -f "$OUT/bank.glas"
"$GLAS" project new "$DATA/bank-full.csv" --out "$OUT/bank.glas" \
    --analysis 'churn.lab={"target":"y","positive":"yes","seed":42}' --json > "$OUT/project.json"
s=$(date +%s.%N)
"$GLAS" report "$OUT/bank.glas" --out "$OUT/bank.xlsx" --lang en --json > "$OUT/report.json"
e=$(date +%s.%N)
/usr/bin/python3 - "$OUT/report.json" "$s" "$e" <<'PYEOF'
import json, sys
j, s, e = json.load(open(sys.argv[1])), float(sys.argv[2]), float(sys.argv[3])
print(f"glas report (churn analysis, default models, reasons for rows at/above the threshold): "
      f"process {e - s:.1f} s; json: {json.dumps(j)[:400]}")
PYEOF
