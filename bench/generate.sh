#!/usr/bin/env bash
# Times the synthetic-city generator at a given size and prints wall time, CPU time and peak RSS.
#   bench/generate.sh [BUILDINGS=1000000] [NOISE=medium] [SEED=1]
# The heap is capped (XMX, default 512m) to show that memory stays bounded: the generator streams district by
# district. The city is written to $OUT (default: a temporary folder, removed afterwards unless KEEP=1).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILDINGS=${1:-1000000}
NOISE=${2:-medium}
SEED=${3:-1}
XMX=${XMX:-512m}
WORK=$(mktemp -d)
OUT=${OUT:-$WORK/city}
CP_FILE="$PWD/target/bench/samples.cp"
mkdir -p "$(dirname "$CP_FILE")"

./mvnw -q -B -pl samples -am compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >&2
CP="$PWD/samples/target/classes:$(cat "$CP_FILE")"

echo "generating $BUILDINGS buildings (noise $NOISE, seed $SEED, -Xmx$XMX) into $OUT" >&2
/usr/bin/time -v -o "$WORK/time.txt" java -Xmx"$XMX" -cp "$CP" bench/GenerateBench.java "$OUT" "$BUILDINGS" "$SEED" "$NOISE" \
    2> >(grep -v -e 'Log4j API could not find' -e '^SLF4J' >&2)

wall=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}')
user=$(grep 'User time' "$WORK/time.txt" | awk '{print $NF}')
sys=$(grep 'System time' "$WORK/time.txt" | awk '{print $NF}')
rss=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
size=$(du -sh "$OUT" | cut -f1)
echo "buildings=$BUILDINGS noise=$NOISE wall=$wall user=${user}s sys=${sys}s peak_rss=$((rss / 1024))MB output=$size cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; fi
