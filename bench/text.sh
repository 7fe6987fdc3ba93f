#!/bin/sh
# Text benchmark: Glas vs Python on the same data in one run.
#  1. BERT inference: the same TorchScript weights (random, rubert-tiny2 shape: 3 layers, hidden 312, 12 heads,
#     real 83,828-token vocabulary) on 10,000 CEDR texts, batch size 32, same number of threads.
#  2. TF-IDF training on 100,000 labelled texts (Glas `text train --folds 0` vs sklearn).
#  3. CEDR quality protocol of the README (Glas and sklearn).
# Needs target/app (mvn -q -DskipTests package) and ../shared. Usage: bench/text.sh [THREADS] [BATCH]
# GLAS_BENCH_TEXTS=N runs step 1 on the first N of the 10,000 texts (for a quick run on a busy machine).
set -e
[ -n "$JAVA_HOME" ] || [ ! -d /usr/lib/jvm/temurin-25-jdk-amd64 ] || export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
GLAS="$ROOT/target/app/bin/glas"
PY=/usr/bin/python3
THREADS=${1:-$(nproc)}
BATCH=${2:-32}
W=${GLAS_BENCH_DIR:-/tmp/glas-text-bench}
mkdir -p "$W"
export GLAS_JAVA_OPTS="-Xmx4g -Dai.djl.pytorch.num_threads=$THREADS -Dai.djl.pytorch.num_interop_threads=1"
ratio() { $PY -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }
field() { $PY -c "import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])[sys.argv[1]])" "$1"; }

echo "== data and model (in $W)"
[ -f "$W/texts10k.csv" ] || $PY "$HERE/text_data.py" "$W"
[ -f "$W/model/traced.pt" ] || $PY "$ROOT/src/test/python/make_test_bert.py" --bench "$W/model" 2>/dev/null
$PY "$HERE/cedr_single_label.py" "$W" 2>/dev/null

N=${GLAS_BENCH_TEXTS:-10000}
head -n $((N + 1)) "$W/texts10k.csv" > "$W/texts_bench.csv"
echo "== 1. BERT inference, $N texts, batch $BATCH, $THREADS thread(s)"
G=$("$GLAS" text classify "$W/texts_bench.csv" --column text --model "$W/model" --batch-size "$BATCH" --out "$W/glas_out.csv" --json 2>/dev/null)
echo "glas:   $G"
P=$($PY "$HERE/text_bert_bench.py" "$W/model" "$W/texts_bench.csv" "$BATCH" "$THREADS" 2>/dev/null)
GT=$(echo "$G" | field texts_per_second)
PT=$(echo "$P" | field texts_per_second_file_order)
PS=$(echo "$P" | field texts_per_second_sorted)
echo "python: $P"
echo "texts/s glas $GT | python file order $PT (ratio $(ratio "$GT" "$PT")) | python sorted by length $PS (ratio $(ratio "$GT" "$PS"))"

echo "== 2. TF-IDF training on 100k texts"
G=$("$GLAS" text train "$W/train100k.csv" --column text --label label --folds 0 --model-out "$W/tfidf100k.glasmodel" --json 2>/dev/null)
echo "glas:   $G"
P=$($PY "$HERE/text_tfidf_bench.py" "$W/train100k.csv")
GS=$(echo "$G" | field seconds)
PS=$(echo "$P" | field train_seconds)
echo "python: $P"
echo "seconds glas $GS | sklearn $PS (sklearn/glas $(ratio "$PS" "$GS"))"

echo "== 3. CEDR single-label quality (train split -> 5-fold CV seed 42; test split)"
"$GLAS" text train "$W/cedr_single_train.csv" --column text --label label --folds 5 --seed 42 --model-out "$W/cedr.glasmodel" --json 2>/dev/null
"$GLAS" text classify "$W/cedr_single_test.csv" --column text --label label --model "$W/cedr.glasmodel" --out "$W/cedr_test_out.csv" --json 2>/dev/null
$PY "$HERE/text_tfidf_bench.py" "$W/cedr_single_train.csv" "$W/cedr_single_test.csv"
