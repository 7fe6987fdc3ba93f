#!/usr/bin/env bash
# Profile benchmark: `glas profile FILE --json` vs pandas read_csv + describe(include='all') on the same
# file, in one run, end to end (process start, JVM/interpreter start, imports included on both sides).
# Runs REPS alternating repetitions of each and prints the median wall times and the ratio.
# Builds nothing: needs `mvn -q -DskipTests package` first. Default file: ../shared/data/online_retail.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PY=${PY:-/usr/bin/python3}
FILE=${1:-../shared/data/online_retail.csv}
REPS=${REPS:-5}
GLAS=target/app/bin/glas
[ -x "$GLAS" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
OUT=target/bench
mkdir -p "$OUT"

now() { date +%s.%N; }
glas_times=()
py_times=()
# one untimed run each to warm the OS file cache
"$GLAS" profile "$FILE" --json > "$OUT/profile_glas.json" 2>/dev/null
"$PY" bench/profile_pandas.py "$FILE" > "$OUT/profile_pandas.json"
for i in $(seq 1 "$REPS"); do
  t0=$(now); "$GLAS" profile "$FILE" --json > "$OUT/profile_glas.json" 2>/dev/null; t1=$(now)
  "$PY" bench/profile_pandas.py "$FILE" > "$OUT/profile_pandas.json"; t2=$(now)
  glas_times+=("$(echo "$t1 - $t0" | bc -l)")
  py_times+=("$(echo "$t2 - $t1" | bc -l)")
done
"$PY" - "$OUT" "${glas_times[*]}" "${py_times[*]}" <<'PYEOF'
import json, statistics, sys
out, g, p = sys.argv[1], [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[3].split()]
gj, pj = json.load(open(out + "/profile_glas.json")), json.load(open(out + "/profile_pandas.json"))
assert gj["rows"] == pj["rows"], (gj["rows"], pj["rows"])
gm, pm = statistics.median(g), statistics.median(p)
print(f"file: {gj['file']}  rows: {gj['rows']}  columns: {len(gj['columns'])}")
print(f"glas profile   (end to end, median of {len(g)}): {gm:.3f} s   runs: {' '.join(f'{x:.2f}' for x in g)}"
      f"   [in-process read+profile {gj['seconds']:.3f} s]")
print(f"pandas read_csv+describe (end to end, median): {pm:.3f} s   runs: {' '.join(f'{x:.2f}' for x in p)}"
      f"   [in-process {pj['seconds']:.3f} s, import pandas {pj['import_seconds']:.3f} s]")
print(f"ratio glas/pandas: {gm / pm:.2f}x")
PYEOF
