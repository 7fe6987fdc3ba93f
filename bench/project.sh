#!/usr/bin/env bash
# Benchmark of the project/report area: build a project on a data file, re-run it headlessly and write the
# Excel report (profile sheet + the full data sheet, streamed), then the Python anchor on the same file.
# The box has no openpyxl/xlsxwriter, so the anchor is pandas read_csv + describe + to_csv (the closest
# "read, summarize, write everything back" pipeline available); the ratio is therefore indicative.
# Usage: bench/project.sh [DATA_FILE]   (default ../shared/data/online_retail.csv; needs target/app)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data/online_retail.csv}
GLAS=target/app/bin/glas
[ -x "$GLAS" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
t0=$(date +%s.%N)
"$GLAS" project new "$DATA" --out "$TMP/p.glas" --json >/dev/null
"$GLAS" report "$TMP/p.glas" --out "$TMP/report.xlsx" --lang en --json > "$TMP/report.json"
t1=$(date +%s.%N)
/usr/bin/python3 - "$DATA" "$TMP/out.csv" <<'PY' > "$TMP/py.txt"
import sys, time
import pandas as pd
t = time.time()
df = pd.read_csv(sys.argv[1], low_memory=False)
df.describe(include="all")
df.to_csv(sys.argv[2], index=False)
print(time.time() - t)
PY
t2=$(date +%s.%N)
glas_s=$(echo "$t1 - $t0" | bc -l)
py_s=$(echo "$t2 - $t1" | bc -l)
echo "file: $DATA"
echo "report: $(/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["data_rows"], "data rows,", d["bytes"], "bytes,", "sheets:", ", ".join(d["sections"]))' "$TMP/report.json")"
printf 'glas project new + report (JVM start included): %.2f s\n' "$glas_s"
printf 'pandas read_csv + describe + to_csv (interpreter start included): %.2f s\n' "$py_s"
printf 'ratio glas/pandas: %.2f\n' "$(echo "$glas_s / $py_s" | bc -l)"
