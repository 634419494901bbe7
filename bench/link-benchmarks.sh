#!/usr/bin/env bash
# Prints the linkage engine's figures on the public benchmarks (read by path, never copied):
# Febrl4 (link A-B), Febrl3 (dedupe), DBLP-ACM (link), and the CCKS 2021 address-relevance ROC-AUC.
# Parameters are estimated from the data by each run (u from random pairs, m by EM); the truth is used
# only to score. Usage: bench/link-benchmarks.sh   (XIAOQU_BENCHMARKS overrides ../shared/benchmarks)
source "$(dirname "$0")/link-env.sh"
OUT="${TMPDIR:-/tmp}/xiaoqu-link-bench"
mkdir -p "$OUT"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for c in febrl4 febrl3 dblp-acm; do
  echo "== $c ($ROOT/bench/link/$c.yaml)"
  start=$(date +%s.%N)
  java -Xmx2g -cp "$CP" org.xiaoqu.link.LinkBench "bench/link/$c.yaml" "$OUT/$c" 2>/dev/null \
    | grep -v -E '^[0-9:.]+ \[[^]]+\] (INFO|DEBUG)' || true
  echo "time incl. JVM start and evaluation: $(echo "$(date +%s.%N) - $start" | bc) s"
done
echo "== ccks2021-address-relevance"
start=$(date +%s.%N)
java -cp "$CP" org.xiaoqu.link.CcksAddressBench \
  "$XIAOQU_BENCHMARKS/ccks2021-address-relevance/fold0_dev.tsv" 2>/dev/null
echo "time incl. JVM start: $(echo "$(date +%s.%N) - $start" | bc) s"
