# Sourced by the link benchmark scripts: compiles batch-jobs (main + test classes) and sets CP.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CPFILE="$ROOT/batch-jobs/target/link-bench.classpath"
./mvnw -q -B -pl batch-jobs -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CPFILE" -Dmdep.includeScope=test >&2
CP="$ROOT/batch-jobs/target/classes:$ROOT/batch-jobs/target/test-classes:$(cat "$CPFILE")"
export XIAOQU_BENCHMARKS="${XIAOQU_BENCHMARKS:-$ROOT/../shared/benchmarks}"
