#!/usr/bin/env bash
# Profile benchmark: `target/app/bin/glas profile FILE --json` vs pandas read_csv + describe(include='all')
# (bench/profile_pandas.py) on the same file, in one run, end to end: process start, JVM / interpreter
# start and imports are included on both sides. REPS alternating repetitions of each (after one untimed
# warm-up run each for the OS file cache); prints median wall time, median CPU time (user+sys, which is
# what matters on a busy machine) and the ratios. Builds nothing: run `mvn -q -DskipTests package` first.
# Default file: ../shared/data/online_retail.csv (541,909 rows, 48 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PY=${PY:-/usr/bin/python3}
FILE=${1:-../shared/data/online_retail.csv}
REPS=${REPS:-5}
GLAS=target/app/bin/glas
[ -x "$GLAS" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
mkdir -p target/bench
"$PY" - "$GLAS" "$PY" "$FILE" "$REPS" <<'PYEOF'
import json, os, resource, statistics, subprocess, sys, time
glas, py, file, reps = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
cmds = {"glas": [glas, "profile", file, "--json"], "pandas": [py, "bench/profile_pandas.py", file]}

def run(name):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmds[name], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return wall, cpu, json.loads(p.stdout)

run("glas"); run("pandas")
res = {"glas": [], "pandas": []}
for _ in range(reps):
    for name in ("glas", "pandas"):
        res[name].append(run(name))
gj, pj = res["glas"][-1][2], res["pandas"][-1][2]
assert gj["rows"] == pj["rows"], (gj["rows"], pj["rows"])
med = lambda xs: statistics.median(xs)
gw, gc = med([r[0] for r in res["glas"]]), med([r[1] for r in res["glas"]])
pw, pc = med([r[0] for r in res["pandas"]]), med([r[1] for r in res["pandas"]])
print(f"file: {file}  rows: {gj['rows']}  columns: {len(gj['columns'])}  reps: {reps}  load: {os.getloadavg()[0]:.1f}")
print(f"glas profile --json          wall {gw:6.3f} s  cpu {gc:6.3f} s   runs: "
      + " ".join(f"{r[0]:.2f}" for r in res["glas"]) + f"   [in-process {med([r[2]['seconds'] for r in res['glas']]):.3f} s]")
print(f"pandas read_csv+describe     wall {pw:6.3f} s  cpu {pc:6.3f} s   runs: "
      + " ".join(f"{r[0]:.2f}" for r in res["pandas"]) + f"   [in-process {med([r[2]['seconds'] for r in res['pandas']]):.3f} s]")
print(f"ratio glas/pandas: wall {gw / pw:.2f}x   cpu {gc / pc:.2f}x")
PYEOF
