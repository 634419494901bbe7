#!/usr/bin/env bash
# Links N x N synthetic people (SyntheticPeople: half of B are noisy copies of A) through the partitioned
# engine on 2 threads and prints candidates, stage times, pairs-completeness and peak RSS (/usr/bin/time -v).
# Usage: bench/link-scale.sh [N ...]   default: 100000 300000 1000000. Data goes to a temporary folder.
source "$(dirname "$0")/link-env.sh"
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100000 300000 1000000)
WORK="${TMPDIR:-/tmp}/xiaoqu-link-scale"
HEAP="${LINK_SCALE_HEAP:-1500m}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); heap -Xmx$HEAP"
for n in "${SIZES[@]}"; do
  rm -rf "$WORK/data-$n" "$WORK/out-$n"
  java -cp "$CP" org.xiaoqu.link.SyntheticPeople "$WORK/data-$n" "$n"
  echo "== $n x $n"
  XIAOQU_BENCHMARKS="$WORK/data-$n" /usr/bin/time -v -o "$WORK/time-$n.txt" \
    java -Xmx"$HEAP" -cp "$CP" org.xiaoqu.link.LinkBench bench/link/scale.yaml "$WORK/out-$n" --no-eval 2>/dev/null \
    | grep -v -E '^[0-9:.]+ \[[^]]+\] (INFO|DEBUG)' || true
  grep -E 'Elapsed \(wall|Maximum resident' "$WORK/time-$n.txt"
  rm -rf "$WORK/data-$n" "$WORK/out-$n"
done
