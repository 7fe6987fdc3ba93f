#!/usr/bin/env bash
# Time to the first window of the installed app, with and without its AOT cache, cold and warm.
#   bash installer/measure-start.sh [LAUNCHER] [RUNS]
# LAUNCHER defaults to the app image of `mvn -Pinstaller package` (target/installer/image/Glas/bin/Glas).
# "cold" drops the page cache first (needs root; skipped otherwise), so the 430 MB libtorch and the jars
# are read from disk as on a laptop after a reboot. first_window_ms is measured inside the app (SmokeRun):
# from the start of the process to the first frame of the main window. Runs under Xvfb, HOME empty.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/installer/image/Glas/bin/Glas}
runs=${2:-3}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

one() { # mode(aot|noaot) temp(cold|warm)
  local opts=""
  [ "$1" = noaot ] && opts="-XX:AOTMode=off"
  if [ "$2" = cold ]; then
    sync
    echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || { echo "skip (cannot drop caches)"; return; }
  fi
  HOME="$home" JAVA_TOOL_OPTIONS="$opts" xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --smoke \
    --smoke-out "$home/out" 2>/dev/null | tail -1 \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["first_window_ms"], r["first_window_cpu_ms"], r["total_ms"], r["ok"])'
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)"
echo "mode  temp  first_window_ms first_window_cpu_ms total_ms ok"
for i in $(seq "$runs"); do
  for mode in aot noaot; do
    for temp in cold warm; do
      echo "$mode $temp $(one $mode $temp)"
    done
  done
done
