#!/usr/bin/env bash
# Ranks N synthetic entities × M indicators and runs D seeded sensitivity draws (RankBench), printing the time of
# each phase and the peak RSS (/usr/bin/time -v).
# Usage: bench/rank.sh [N] [M] [D] [weights|all]   default: 100000 30 1000 weights; heap RANK_HEAP (default 1g).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-100000}"; M="${2:-30}"; D="${3:-1000}"; MODE="${4:-weights}"
HEAP="${RANK_HEAP:-1g}"
CPFILE="$ROOT/batch-jobs/target/rank-bench.classpath"
./mvnw -q -B -o -Dspotless.check.skip=true -Djacoco.skip=true -pl batch-jobs -am test-compile \
  dependency:build-classpath -Dmdep.outputFile="$CPFILE" -Dmdep.includeScope=test >&2
CP="$ROOT/batch-jobs/target/classes:$ROOT/batch-jobs/target/test-classes:$(cat "$CPFILE")"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); heap -Xmx$HEAP"
TIME_FILE="$(mktemp)"
/usr/bin/time -v -o "$TIME_FILE" java -Xmx"$HEAP" -cp "$CP" org.xiaoqu.rank.RankBench "$N" "$M" "$D" "$(nproc)" "$MODE"
grep -E 'Elapsed \(wall|Maximum resident|User time|System time' "$TIME_FILE"
rm -f "$TIME_FILE"
