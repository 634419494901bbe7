#!/usr/bin/env bash
# Builds the benchmarks jar and runs the address-parsing JMH benchmark on one thread in one fork,
# printing addresses/second: per second of wall-clock time, and per second of CPU time the thread had
# (the two agree on an idle machine; on a busy one the second is the parser's own speed on one core).
# Usage: bench/address-parse.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl benchmarks -am package -DskipTests -Djacoco.skip=true
result=$(mktemp)
trap 'rm -f "$result"' EXIT
java -jar benchmarks/target/benchmarks.jar 'AddressParseBenchmark' -rf csv -rff "$result" "$@" >&2
awk -F, '
  { for (i = 1; i <= NF; i++) gsub(/"/, "", $i) }
  $1 ~ /AddressParseBenchmark.parse$/ { score = $5; err = $6 }
  $1 ~ /AddressParseBenchmark.parse:cpuNanos$/ { cpu = $5 }
  END {
    printf "address parsing: %.0f addresses/second wall-clock (± %.0f, 99.9%% CI), one thread\n", score, err
    if (cpu > 0) printf "address parsing: %.0f addresses/second of CPU time on one core (thread had %.0f%% of a core)\n", score * 1e9 / cpu, cpu / 1e7
    "uptime" | getline up; print "machine:" up
  }' "$result"
