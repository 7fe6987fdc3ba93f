#!/usr/bin/env bash
# Derives the JDK modules the runtime image needs and writes them to jlink-config/modules.txt.
#
#   mvn -q -o -DskipTests package && bash jlink-config/derive-modules.sh
#
# Glas runs on the class path (its own jar and every library jar, JavaFX included), so the runtime image
# only has to hold the JDK modules. They are the union of
#   1. `jdeps --print-module-deps` over target/app/glas.jar and every non-modular jar in target/app/lib
#      (one jdeps call, all jars on the class path so that references between them resolve);
#   2. the `requires java.*/jdk.*` lines of the modular jars (`jar --describe-module`): jdeps refuses a
#      modular jar as a root when its module dependencies are not on a module path, and the descriptor
#      states the JDK modules the library needs anyway (including `requires static` ones, which a library
#      uses when they are present);
#   3. jlink-config/extra-modules.txt: modules that no static analysis sees (locale data, charsets, ...).
# The result is sorted and written as one comma-separated line, the form `jlink --add-modules` takes.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
bin="$JAVA_HOME/bin"
app=target/app
[ -f "$app/glas.jar" ] || { echo "derive-modules: build first: mvn -q -o -DskipTests package" >&2; exit 1; }
release=$("$bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
classpath=""
roots=("$app/glas.jar")
for jar in "$app"/lib/*.jar; do
  classpath="$classpath${classpath:+:}$jar"
  descriptor=$("$bin/jar" --describe-module --file "$jar" --release "$release" 2>/dev/null || true)
  if grep -q 'No module descriptor found' <<<"$descriptor"; then
    roots+=("$jar")
  else
    # "requires java.xml", "requires static java.sql", "requires transitive java.desktop", "requires java.base mandated"
    sed -n -E 's/^requires (static |transitive )*((java|jdk)\.[A-Za-z0-9_.]+).*/\2/p' <<<"$descriptor" >>"$tmp/modules"
  fi
done

"$bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$release" \
  --class-path "$classpath" "${roots[@]}" 2>"$tmp/jdeps.err" | tail -1 | tr ',' '\n' >>"$tmp/modules" \
  || { cat "$tmp/jdeps.err" >&2; exit 1; }
grep -v '^Warning: split package' "$tmp/jdeps.err" >&2 || true

sed -e 's/#.*//' -e 's/[[:space:]]//g' jlink-config/extra-modules.txt | grep -v '^$' >>"$tmp/modules"

sort -u "$tmp/modules" | grep -v '^$' | paste -sd, - >jlink-config/modules.txt
echo "derive-modules: $(tr ',' '\n' <jlink-config/modules.txt | wc -l) modules -> jlink-config/modules.txt" >&2
cat jlink-config/modules.txt
