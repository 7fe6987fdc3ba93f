#!/usr/bin/env bash
# Behaviour benchmark: Glas vs the pandas reference on the same generated app log, in one run.
#   bench/behavior.sh [EVENTS=1000000] [--big]     (--big adds a 10M-event Glas run with -Xmx4g)
# Needs target/app (mvn -q -DskipTests package) and /usr/bin/python3 with pandas.
# Timings: "total" = read + parse + sessionize + featurize as measured inside each process (no JVM/Python start);
# "sessionize+featurize" = Glas: sort, sessions, features, feature table + socdem join;
#                          pandas: sort_values + groupby + diff, sessions, features (after read_csv/to_datetime).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
BIG=${2:-}
GLAS=target/app/bin/glas
PY=/usr/bin/python3
OUT=${BENCH_OUT:-target/bench/behavior}
mkdir -p "$OUT"
# the launcher runs $JAVA_HOME/bin/java: it must be Java 25
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
[ -x "$GLAS" ] || mvn -q -o -DskipTests package

EV="$OUT/events_$N.csv"; SD="$OUT/socdem_$N.csv"
[ -f "$EV" ] || $GLAS generate-events --events "$N" --seed 42 --out "$EV" --socdem-out "$SD" 2>"$OUT/gen.err" || { cat "$OUT/gen.err"; exit 1; }
COMMON="--churn-inactive-days 30 --churn-event delete_account"
echo "== $N events ($(du -h "$EV" | cut -f1)), seed 42"

G=$($GLAS behavior "$EV" --user user_id --time timestamp --event event --device-maker device_maker \
     --device-model device_model --os os --socdem "$SD" --on user_id $COMMON --features-out "$OUT/glas_features.csv" \
     --json 2>"$OUT/glas.err") || { cat "$OUT/glas.err"; exit 1; }
P=$($PY src/test/python/behavior_reference.py "$EV" --user user_id --time timestamp --event event \
     --maker device_maker --model device_model --os os --socdem "$SD" --on user_id --age age $COMMON \
     --features-out "$OUT/pandas_features.csv")
$PY - "$G" "$P" <<'PYEOF'
import json, sys
g, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
for k in ["events", "users", "sessions", "median_session_seconds", "churned_users"]:
    print(f"{k:24s} glas {g[k]!s:>12}  pandas {p[k]!s:>12}  {'OK' if g[k] == p[k] else 'DIFFERENT'}")
print(f"{'by_hour equal':24s} {g['by_hour'] == p['by_hour']}")
print(f"total seconds            glas {g['seconds']:8.2f}  pandas {p['seconds']:8.2f}  ratio glas/pandas {g['seconds']/p['seconds']:.2f}")
print(f"sessionize+featurize s   glas {g['sessionize_featurize_seconds']:8.2f}  pandas {p['sessionize_featurize_seconds']:8.2f}"
      f"  ratio glas/pandas {g['sessionize_featurize_seconds']/p['sessionize_featurize_seconds']:.2f}")
print(f"glas read {g['read_seconds']:.2f} s, peak heap {g['peak_heap_mb']:.0f} MB")
PYEOF

# real purchase-event log (UCI Online Retail): CustomerID, InvoiceDate, Description as the event
OR=../shared/data/online_retail.csv
if [ -f "$OR" ]; then
  echo "== online_retail.csv (541,909 rows; rows without CustomerID are skipped)"
  G=$($GLAS behavior "$OR" --user CustomerID --time InvoiceDate --event Description --churn-inactive-days 90 \
       --json 2>"$OUT/glas.err") || { cat "$OUT/glas.err"; exit 1; }
  P=$($PY src/test/python/behavior_reference.py "$OR" --user CustomerID --time InvoiceDate --event Description \
       --churn-inactive-days 90)
  $PY - "$G" "$P" <<'PYEOF'
import json, sys
g, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
same = all(g[k] == p[k] for k in ["events", "users", "sessions", "median_session_seconds", "churned_users", "by_hour"])
print(f"events {g['events']}, users {g['users']}, sessions {g['sessions']}, churned {g['churned_users']}; "
      f"equal to pandas: {same}")
print(f"total seconds            glas {g['seconds']:8.2f}  pandas {p['seconds']:8.2f}  ratio glas/pandas {g['seconds']/p['seconds']:.2f}")
print(f"sessionize+featurize s   glas {g['sessionize_featurize_seconds']:8.2f}  pandas {p['sessionize_featurize_seconds']:8.2f}"
      f"  ratio glas/pandas {g['sessionize_featurize_seconds']/p['sessionize_featurize_seconds']:.2f}")
PYEOF
fi

if [ "$BIG" = "--big" ]; then
  NB=10000000
  EVB="$OUT/events_$NB.csv"; SDB="$OUT/socdem_$NB.csv"
  [ -f "$EVB" ] || GLAS_JAVA_OPTS="-Xmx4g" $GLAS generate-events --events $NB --seed 42 --out "$EVB" --socdem-out "$SDB" 2>/dev/null
  echo "== $NB events ($(du -h "$EVB" | cut -f1)), -Xmx4g"
  /usr/bin/time -v env GLAS_JAVA_OPTS="-Xmx4g" $GLAS behavior "$EVB" --user user_id --time timestamp --event event \
     --device-maker device_maker --device-model device_model --os os --socdem "$SDB" --on user_id $COMMON \
     --json 2>"$OUT/time_10m.txt" | $PY -c "import json,sys; g=json.load(sys.stdin); print({k: g[k] for k in ['events','users','sessions','seconds','read_seconds','sessionize_featurize_seconds','peak_heap_mb']})"
  grep -E "Maximum resident|Elapsed" "$OUT/time_10m.txt"
fi
