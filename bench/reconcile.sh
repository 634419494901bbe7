#!/usr/bin/env bash
# Reconcile cost: `xiaoqu credit reconcile` against a plain `xiaoqu validate` of the same files, side by side in
# one run (DESIGN §4: reconcile a small multiple of merely parsing; target ratio ≤ 4), with peak RSS of each.
#
#   bench/reconcile.sh [SIZES="5000000"]
#
#  1. Generates, once per size, N credit records over four sources (bench/CreditBenchData.java: the ledger, the
#     housing bureau, penalties in GB18030, 12345 complaints; ~2 records an event, 2% of events missing from the
#     ledger, 2% only in it, 1% wrong check characters) with a xiaoqu.yaml and the sample credit scheme, into
#     $BENCH_DATA (default /tmp/xiaoqu-bench-reconcile).
#  2. Times `xiaoqu validate` (all four sources) and `xiaoqu credit reconcile` (fresh embedded H2 store) under
#     /usr/bin/time -v, and prints wall time, ratio and peak RSS.
# Settings: XMX (-Xmx, default 8g: reconcile holds the records in memory, grouped by enterprise).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=${1:-"5000000"}
DATA=${BENCH_DATA:-/tmp/xiaoqu-bench-reconcile}
XMX=${XMX:-8g}
XIAOQU="$ROOT/cli/target/xiaoqu-dist/xiaoqu/bin/xiaoqu"
[ -x "$XIAOQU" ] || ./xiaoqu --version >/dev/null
export XIAOQU_JAVA_OPTS="-Xmx$XMX ${XIAOQU_JAVA_OPTS:-}"

wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"; }
rss() { awk '/Maximum resident set size/ {print int($NF / 1024)}' "$1"; }

printf 'load average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %12s %12s %8s %14s %14s\n' records validate_s reconcile_s ratio validate_RSS_MB reconcile_RSS_MB
for n in $SIZES; do
    dir="$DATA/$n"
    if [ ! -s "$dir/xiaoqu.yaml" ]; then
        echo "generating $n records…" >&2
        java -Xmx256m bench/CreditBenchData.java "$n" "$dir"
        cp samples/city/credit-scheme.yaml "$dir/"
    fi
    work=$(mktemp -d)
    /usr/bin/time -v -o "$work/validate.txt" "$XIAOQU" -q --no-progress -c "$dir/xiaoqu.yaml" validate >/dev/null 2>"$work/validate.err" || true
    /usr/bin/time -v -o "$work/reconcile.txt" "$XIAOQU" -q --no-progress --db "jdbc:h2:file:$work/store/xiaoqu" \
        -c "$dir/xiaoqu.yaml" --out "$work/out" credit reconcile >"$work/reconcile.out" 2>"$work/reconcile.err" \
        || { cat "$work/reconcile.err" >&2; exit 1; }
    v=$(wall "$work/validate.txt"); c=$(wall "$work/reconcile.txt")
    printf '%-10s %12.1f %12.1f %8.2f %14s %14s\n' "$n" "$v" "$c" "$(echo "$c / $v" | bc -l)" \
        "$(rss "$work/validate.txt")" "$(rss "$work/reconcile.txt")"
    cat "$work/reconcile.out" >&2
    rm -rf "$work"
done
