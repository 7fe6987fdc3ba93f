#!/usr/bin/env bash
# Linux installer smoke test (issue 9, item 4):
#   1. builds the .deb with `mvn -Pinstaller package` (skip with --no-build to test target/installer/package/*.deb),
#   2. unpacks it with `dpkg -x` into a temporary folder (no root, no real install),
#   3. starts the installed launcher (opt/glas/bin/Glas) with --smoke under Xvfb, HOME set to an empty folder,
#   4. checks: exit 0 within 60 s, one JSON line with "ok": true, a non-blank 1280x800 screenshot, libtorch
#      loaded from the unpacked install folder, the AOT cache accepted (when the package has one), and
#      nothing written to HOME by DJL/JavaFX/JNA (~/.djl.ai, ~/.openjfx, ~/.cache/JNA),
#   5. prints the .deb size, the install size and the time to the first window.
# Needs: JDK 25 (JAVA_HOME), maven, dpkg-deb, fakeroot, binutils (objcopy, for jpackage), xvfb-run, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

build=true
[ "${1:-}" = "--no-build" ] && build=false
# dpkg-deb's default xz takes 10-25 min for the 720 MB app on a busy 2-core box; the smoke test only needs a
# working package, so it uses fast gzip unless told otherwise (release builds keep dpkg's default, see README).
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip} DPKG_DEB_COMPRESSOR_LEVEL=${DPKG_DEB_COMPRESSOR_LEVEL:-1}
t0=$(date +%s)
if $build; then
  # The tests ran before (mvn verify); here only the app, the runtime image and the installer are built.
  xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -ntp -q -Pinstaller -DskipTests package
fi
t1=$(date +%s)
deb=$(ls target/installer/package/*.deb | head -1)
[ -f "$deb" ] || { echo "smoke-test: no .deb in target/installer/package" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -I "$deb" | sed -n 's/^ *\(Package\|Version\|Installed-Size\|Depends\|Maintainer\): /  deb \1: /p'
dpkg -x "$deb" "$work/root"
launcher="$work/root/opt/glas/bin/Glas"
[ -x "$launcher" ] || { echo "smoke-test: $launcher missing" >&2; exit 1; }
for f in "$work"/root/opt/glas/lib/glas-Glas.desktop "$work"/root/opt/glas/lib/glas-Glas-MimeInfo.xml; do
  [ -f "$f" ] || { echo "smoke-test: $f missing (menu entry / .glas file association)" >&2; exit 1; }
done
desktop="$work"/root/opt/glas/lib/glas-Glas.desktop
grep -q '^MimeType=application/x-glas-project' "$desktop" \
  || { echo "smoke-test: the .desktop file does not declare the .glas MIME type" >&2; exit 1; }
grep -q '^Exec=.* %f$' "$desktop" \
  || { echo "smoke-test: the .desktop Exec line does not pass the opened file (%f)" >&2; exit 1; }
cmp -s "$work"/root/opt/glas/lib/Glas.png installer/icons/glas.png \
  || { echo "smoke-test: the menu icon is not installer/icons/glas.png" >&2; exit 1; }

mkdir -p "$work/home" "$work/out"
aot_check=""
if grep -q 'AOTCache' "$work/root/opt/glas/lib/app/Glas.cfg"; then
  aot_check="-XX:AOTMode=on"   # fail instead of silently starting without the cache
fi
set +e
start=$(date +%s%N)
HOME="$work/home" JAVA_TOOL_OPTIONS="$aot_check" timeout 60 \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --smoke --smoke-out "$work/out" \
  >"$work/stdout" 2>"$work/stderr"
rc=$?
end=$(date +%s%N)
set -e
if [ $rc -ne 0 ]; then
  echo "smoke-test: launcher exited $rc (124 = timeout after 60 s)" >&2
  tail -40 "$work/stderr" >&2
  cat "$work/stdout" >&2
  exit 1
fi

python3 - "$work" "$deb" "$(( (end - start) / 1000000 ))" "$(( t1 - t0 ))" <<'PY'
import json, os, struct, sys, zlib
work, deb, wall_ms, build_s = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lines = [l for l in open(os.path.join(work, "stdout"), encoding="utf-8").read().splitlines() if l.strip()]
if len(lines) != 1:
    sys.exit(f"smoke-test: expected one JSON line on stdout, got {len(lines)}: {lines[:3]}")
r = json.loads(lines[0])
def need(cond, what):
    if not cond:
        sys.exit(f"smoke-test: {what}; report: {json.dumps(r, ensure_ascii=False)}")
need(r.get("ok") is True, "smoke run not ok")
install = os.path.join(work, "root", "opt", "glas")
need(r.get("pytorch_loaded_from", "").startswith(install), "libtorch not loaded from the install folder")
need(r.get("bert_classes") == 3 and r.get("bert_texts", 0) > 0, "no BERT inference")
need(r.get("kmeans_k") == 4, "no k-means")
need(r.get("sample_rows", 0) > 0, "sample not loaded")
shot = r.get("screenshot")
need(shot and os.path.getsize(shot) > 10_000, "screenshot missing or tiny")
with open(shot, "rb") as f:
    png = f.read()
need(png[:8] == b"\x89PNG\r\n\x1a\n", "screenshot is not a PNG")
w, h = struct.unpack(">II", png[16:24])
need((w, h) == (1280, 800), f"screenshot is {w}x{h}")
home = os.path.join(work, "home")
leaked = [p for p in (".djl.ai", ".openjfx", ".cache/JNA") if os.path.exists(os.path.join(home, p))]
need(not leaked, f"natives extracted into HOME: {leaked}")
size = lambda p: sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(p) for f in fs)
print(f"smoke-test: OK  deb {os.path.getsize(deb) / 2**20:.0f} MiB, installed {size(install) / 2**20:.0f} MiB, "
      f"first window {r['first_window_ms']} ms, whole smoke run {wall_ms} ms (limit 60000), "
      f"BERT {r['bert_ms']} ms, k-means {r['kmeans_ms']} ms, AOT cache {'yes' if r.get('cds') else 'no'}, "
      f"build {build_s} s")
print("smoke-test: report " + json.dumps(r, ensure_ascii=False))
PY
