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
#  2. Times, ROUNDS times in turn, `xiaoqu validate` (all four sources) and `xiaoqu credit reconcile` into a fresh
#     embedded H2 store and, when PostgreSQL answers at $BENCH_PG (default 127.0.0.1:5432, user postgres), into a
#     fresh PostgreSQL database, under /usr/bin/time -v; prints each command's median wall and CPU time over the
#     rounds, the ratio of the medians to validate's, and the largest peak RSS. Taking turns means a slow spell of
#     the machine falls on every command alike; the medians are what to quote.
# Settings: XMX (-Xmx of every command, default 2g: reconcile spills the records and holds a partition at a time),
# ROUNDS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=${1:-"5000000"}
DATA=${BENCH_DATA:-/tmp/xiaoqu-bench-reconcile}
XMX=${XMX:-2g}
ROUNDS=${ROUNDS:-3}
PG=${BENCH_PG:-127.0.0.1:5432}
XIAOQU="$ROOT/cli/target/xiaoqu-dist/xiaoqu/bin/xiaoqu"
[ -x "$XIAOQU" ] || ./xiaoqu --version >/dev/null
export XIAOQU_JAVA_OPTS="-Xmx$XMX ${XIAOQU_JAVA_OPTS:-}"

wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"; }
cpu() { awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$1"; }
rss() { awk '/Maximum resident set size/ {print int($NF / 1024)}' "$1"; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
pg() { psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -d postgres -qAtc "$1"; }
havepg=false
if command -v psql >/dev/null && pg 'SELECT 1' >/dev/null 2>&1; then havepg=true; fi

printf 'load average: %s; %s rounds, medians\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$ROUNDS"
printf '%-10s %-22s %9s %9s %7s %9s\n' records command wall_s cpu_s ratio peak_MB
for n in $SIZES; do
    dir="$DATA/$n"
    if [ ! -s "$dir/xiaoqu.yaml" ]; then
        echo "generating $n records…" >&2
        java -Xmx256m bench/CreditBenchData.java "$n" "$dir"
        cp samples/city/credit-scheme.yaml "$dir/"
    fi
    work=$(mktemp -d)
    commands=(validate h2)
    if $havepg; then commands+=(postgresql); fi
    for round in $(seq "$ROUNDS"); do
        for c in "${commands[@]}"; do
            t="$work/$c.$round.txt"
            # the previous command's files (a reconcile writes 1.5 GB) on disk first, not written back during this one
            sync
            case $c in
                validate)
                    /usr/bin/time -v -o "$t" "$XIAOQU" -q --no-progress -c "$dir/xiaoqu.yaml" validate \
                        >/dev/null 2>"$work/validate.err" || true
                    ;;
                *)
                    if [ "$c" = h2 ]; then
                        rm -rf "$work/store"
                        url="jdbc:h2:file:$work/store/xiaoqu"
                    else
                        db="xiaoqu_bench_$$"
                        pg "DROP DATABASE IF EXISTS $db" 2>/dev/null && pg "CREATE DATABASE $db"
                        url="jdbc:postgresql://$PG/$db?user=postgres"
                    fi
                    rm -rf "$work/out-$c"
                    /usr/bin/time -v -o "$t" "$XIAOQU" -q --no-progress --db "$url" \
                        -c "$dir/xiaoqu.yaml" --out "$work/out-$c" credit reconcile >"$work/$c.out" 2>"$work/$c.err" \
                        || { cat "$work/$c.err" >&2; exit 1; }
                    if [ "$c" = postgresql ]; then pg "DROP DATABASE IF EXISTS $db"; fi
                    ;;
            esac
        done
    done
    v=$(for r in $(seq "$ROUNDS"); do wall "$work/validate.$r.txt"; done | median)
    for c in "${commands[@]}"; do
        w=$(for r in $(seq "$ROUNDS"); do wall "$work/$c.$r.txt"; done | median)
        u=$(for r in $(seq "$ROUNDS"); do cpu "$work/$c.$r.txt"; done | median)
        m=$(for r in $(seq "$ROUNDS"); do rss "$work/$c.$r.txt"; done | sort -n | tail -1)
        name=$c; [ "$c" = validate ] || name="reconcile ($c)"
        printf '%-10s %-22s %9.1f %9.1f %7.2f %9s\n' "$n" "$name" "$w" "$u" "$(echo "$w / $v" | bc -l)" "$m"
    done
    for c in "${commands[@]}"; do
        [ "$c" = validate ] || cat "$work/$c.out" >&2
    done
    rm -rf "$work"
done
