#!/usr/bin/env bash
# Seeded synthetic utility-app event log + socdem table (see README, section "Behaviour" → Generator).
#   bench/generate-events.sh EVENTS OUT_EVENTS.csv OUT_SOCDEM.csv [SEED=42] [DAYS=120]
# Same arguments → byte-identical files. Prints a JSON summary with the seed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
[ -x target/app/bin/glas ] || mvn -q -o package -Dmaven.test.skip=true
exec target/app/bin/glas generate-events --events "$1" --out "$2" --socdem-out "$3" --seed "${4:-42}" --days "${5:-120}"
