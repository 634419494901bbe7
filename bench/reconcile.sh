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
#  2. Times `xiaoqu validate` (all four sources) and `xiaoqu credit reconcile` into a fresh embedded H2 store and,
#     when PostgreSQL answers at $BENCH_PG (default 127.0.0.1:5432, user postgres), into a fresh PostgreSQL
#     database, under /usr/bin/time -v; prints wall and CPU time, the ratio to validate and peak RSS of each.
# Settings: XMX (-Xmx of every command, default 2g: reconcile spills the records and holds a partition at a time).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=${1:-"5000000"}
DATA=${BENCH_DATA:-/tmp/xiaoqu-bench-reconcile}
XMX=${XMX:-2g}
PG=${BENCH_PG:-127.0.0.1:5432}
XIAOQU="$ROOT/cli/target/xiaoqu-dist/xiaoqu/bin/xiaoqu"
[ -x "$XIAOQU" ] || ./xiaoqu --version >/dev/null
export XIAOQU_JAVA_OPTS="-Xmx$XMX ${XIAOQU_JAVA_OPTS:-}"

wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"; }
cpu() { awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$1"; }
rss() { awk '/Maximum resident set size/ {print int($NF / 1024)}' "$1"; }
pg() { psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -d postgres -qAtc "$1"; }
havepg=false
if command -v psql >/dev/null && pg 'SELECT 1' >/dev/null 2>&1; then havepg=true; fi

printf 'load average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %-22s %9s %9s %7s %9s\n' records command wall_s cpu_s ratio peak_MB
for n in $SIZES; do
    dir="$DATA/$n"
    if [ ! -s "$dir/xiaoqu.yaml" ]; then
        echo "generating $n records…" >&2
        java -Xmx256m bench/CreditBenchData.java "$n" "$dir"
        cp samples/city/credit-scheme.yaml "$dir/"
    fi
    work=$(mktemp -d)
    /usr/bin/time -v -o "$work/validate.txt" "$XIAOQU" -q --no-progress -c "$dir/xiaoqu.yaml" validate >/dev/null 2>"$work/validate.err" || true
    v=$(wall "$work/validate.txt")
    printf '%-10s %-22s %9.1f %9.1f %7s %9s\n' "$n" validate "$v" "$(cpu "$work/validate.txt")" 1.00 "$(rss "$work/validate.txt")"
    stores=("h2|jdbc:h2:file:$work/store/xiaoqu")
    if $havepg; then
        db="xiaoqu_bench_$$"
        pg "DROP DATABASE IF EXISTS $db" && pg "CREATE DATABASE $db"
        stores+=("postgresql|jdbc:postgresql://$PG/$db?user=postgres")
    fi
    for s in "${stores[@]}"; do
        name=${s%%|*}; url=${s#*|}
        /usr/bin/time -v -o "$work/$name.txt" "$XIAOQU" -q --no-progress --db "$url" \
            -c "$dir/xiaoqu.yaml" --out "$work/out-$name" credit reconcile >"$work/$name.out" 2>"$work/$name.err" \
            || { cat "$work/$name.err" >&2; exit 1; }
        c=$(wall "$work/$name.txt")
        printf '%-10s %-22s %9.1f %9.1f %7.2f %9s\n' "$n" "reconcile ($name)" "$c" "$(cpu "$work/$name.txt")" \
            "$(echo "$c / $v" | bc -l)" "$(rss "$work/$name.txt")"
        cat "$work/$name.out" >&2
    done
    if $havepg; then pg "DROP DATABASE IF EXISTS $db"; fi
    rm -rf "$work"
done
