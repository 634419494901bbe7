#!/usr/bin/env bash
# Grid merge speed: `xiaoqu grid merge` against `xiaoqu validate --all` on the same generated cities, in one run
# (issue 7: merge/validate time ≤ 10; time per record at the largest size over that at the smallest ≤ 1.5).
#
#   bench/merge.sh [SIZES="100000 1000000"]          # buildings per city
#   ONLY=validate bench/merge.sh                       # time validate only (e.g. before the merge exists)
#
# What it does:
#  1. Generates, once, for each size, a city with all six departments (`xiaoqu samples generate --buildings N
#     --seed 1 --noise medium`); the cities stay in $BENCH_DATA (default /tmp/xiaoqu-bench-merge) for the next
#     run (a half-written city is never reused: it is generated under a temporary name and renamed).
#  2. For each size, in a fresh working folder (so each merge starts with an empty embedded H2 store, or, with
#     STORE=pg, an emptied PostgreSQL schema): `xiaoqu validate --all` then `xiaoqu grid merge`, each under
#     /usr/bin/time -v, with the city's own xiaoqu.yaml.
#  3. Prints, per size (and, with python3, the unified grid's agreement with the truth, bench/grid-agreement.py): records (rows of every source, as validate counts them), wall time and records/s of
#     both, the merge/validate ratio, peak RSS and CPU time; then the merge's time per record at the largest size
#     over that at the smallest. The JVM heap is the same for both (XMX, default 4g).
#
# Settings (environment): XMX (-Xmx for both commands; passed as XIAOQU_JAVA_OPTS with any extra
# XIAOQU_JAVA_OPTS you set), BENCH_DATA, STORE (h2 | pg; default h2, the embedded store in the working folder),
# PGHOST/PGPORT/PGUSER/PGDATABASE (default 127.0.0.1, 5432, postgres, test) and XIAOQU_SCHEMA (xq_bench_merge)
# for STORE=pg, MERGE_ARGS (extra arguments after `grid merge`), KEEP=1 keeps the working folders (outputs).
# Run it when the machine is quiet: the load average is printed with the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=${1:-"100000 1000000"}
DATA=${BENCH_DATA:-/tmp/xiaoqu-bench-merge}
XMX=${XMX:-4g}
STORE=${STORE:-h2}
ONLY=${ONLY:-}
MERGE_ARGS=${MERGE_ARGS:-}
JAVA_OPTS="-Xmx$XMX ${XIAOQU_JAVA_OPTS:-}"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-test}
export PGOPTIONS="${PGOPTIONS:--c client_min_messages=warning}"
XIAOQU_SCHEMA=${XIAOQU_SCHEMA:-xq_bench_merge}
WORK=$(mktemp -d)
mkdir -p "$DATA"

now() { date +%s.%N; }
cleanup() {
    if [ "$STORE" = pg ]; then psql -X -q -c "DROP SCHEMA IF EXISTS $XIAOQU_SCHEMA CASCADE" 2>/dev/null || true; fi
    if [ "${KEEP:-0}" = 1 ]; then echo "working folders kept in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

./xiaoqu --version >/dev/null # builds the distribution when the sources changed
XIAOQU="$ROOT/cli/target/xiaoqu-dist/xiaoqu/bin/xiaoqu"
if [ "$ONLY" != validate ] && ! "$XIAOQU" --lang=en --help 2>/dev/null | grep -E "^  grid +" >/dev/null; then
    echo "this xiaoqu has no 'grid merge' command; ONLY=validate $0 times validate alone" >&2
    exit 2
fi

# --- cities ---------------------------------------------------------------------------------------------------
for n in $SIZES; do
    city="$DATA/city-$n"
    if [ ! -s "$city/xiaoqu.yaml" ]; then
        echo "generating a city of $n buildings into $city…" >&2
        rm -rf "$city.tmp"
        XIAOQU_JAVA_OPTS="-Xmx1g" "$XIAOQU" -q samples generate --buildings "$n" --seed 1 --noise medium \
            --out "$city.tmp" >/dev/null
        mv "$city.tmp" "$city"
    fi
done

# --- runs -----------------------------------------------------------------------------------------------------
xq() { # xq NAME SIZE ARGS…: one timed run in the size's working folder; sets T_<NAME>, RSS_<NAME>, CPU_<NAME>
    local name=$1 n=$2
    shift 2
    local dir="$WORK/run-$n" db=()
    mkdir -p "$dir"
    if [ "$STORE" = pg ]; then
        db=(--db "jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?user=$PGUSER")
    else # the default store would live beside the city's xiaoqu.yaml and outlive this run
        db=(--db "jdbc:h2:file:$dir/xiaoqu-data/xiaoqu")
    fi
    local t0 t1 rc=0
    t0=$(now)
    (cd "$dir" && XIAOQU_DB_SCHEMA=$XIAOQU_SCHEMA XIAOQU_JAVA_OPTS="$JAVA_OPTS" \
        /usr/bin/time -v -o "$dir/time-$name.txt" "$XIAOQU" -q --json --no-progress "${db[@]}" \
        -c "$DATA/city-$n/xiaoqu.yaml" "$@" >"$dir/$name.json" 2>"$dir/$name.err") || rc=$?
    t1=$(now)
    # 0 clean, 4 rows rejected within the budget: both are completed runs worth timing
    if [ "$rc" != 0 ] && [ "$rc" != 4 ]; then
        echo "xiaoqu $* on $n buildings exited $rc:" >&2
        tail -20 "$dir/$name.err" >&2
        exit 1
    fi
    printf -v "T_${name}_$n" '%s' "$(echo "$t1 - $t0" | bc -l)"
    printf -v "RSS_${name}_$n" '%s' "$(awk '/Maximum resident set size/ {print int($NF / 1024)}' "$dir/time-$name.txt")"
    printf -v "CPU_${name}_$n" '%s' "$(awk '/User time|System time/ {s += $NF} END {print s}' "$dir/time-$name.txt")"
}

for n in $SIZES; do
    if [ "$STORE" = pg ]; then psql -X -q -c "DROP SCHEMA IF EXISTS $XIAOQU_SCHEMA CASCADE"; fi
    echo "validate --all: $n buildings…" >&2
    xq validate "$n" validate --all
    records=$(jq '[.sources[].rowsRead] | add' "$WORK/run-$n/validate.json")
    printf -v "REC_$n" '%s' "$records"
    if [ "$ONLY" != validate ]; then
        echo "grid merge: $n buildings…" >&2
        # shellcheck disable=SC2086 # MERGE_ARGS is a list of words
        xq merge "$n" grid merge $MERGE_ARGS
        run_out=$(find "$WORK/run-$n" -name unified_buildings.csv -printf '%h\n' | head -1)
        if command -v python3 >/dev/null && [ -n "$run_out" ]; then
            printf -v "AGREE_$n" '%s' "$(python3 bench/grid-agreement.py "$DATA/city-$n" "$run_out" | head -1)"
        fi
    fi
done

# --- figures --------------------------------------------------------------------------------------------------
v() { local name=$1; echo "${!name}"; }
echo "grid merge benchmark: generated cities (seed 1, medium noise, six departments); records = rows of every"
echo "source as validate counts them; same files, same heap for both commands."
echo "cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) store=$STORE XIAOQU_JAVA_OPTS='$JAVA_OPTS'"
if [ "$ONLY" = validate ]; then
    printf '%9s %9s %10s %12s %9s %9s\n' buildings records validate_s validate_r/s val_rss val_cpu
else
    printf '%9s %9s %10s %12s %9s %9s %10s %12s %9s %9s %7s\n' buildings records validate_s validate_r/s val_rss \
        val_cpu merge_s merge_r/s merge_rss merge_cpu ratio
fi
first="" last=""
for n in $SIZES; do
    rec=$(v "REC_$n")
    tv=$(v "T_validate_$n")
    if [ "$ONLY" = validate ]; then
        printf '%9d %9d %10.1f %12.0f %7dMB %8.1fs\n' "$n" "$rec" "$tv" "$(echo "$rec / $tv" | bc -l)" \
            "$(v "RSS_validate_$n")" "$(v "CPU_validate_$n")"
        continue
    fi
    tm=$(v "T_merge_$n")
    printf '%9d %9d %10.1f %12.0f %7dMB %8.1fs %10.1f %12.0f %7dMB %8.1fs %7.2f\n' "$n" "$rec" "$tv" \
        "$(echo "$rec / $tv" | bc -l)" "$(v "RSS_validate_$n")" "$(v "CPU_validate_$n")" "$tm" \
        "$(echo "$rec / $tm" | bc -l)" "$(v "RSS_merge_$n")" "$(v "CPU_merge_$n")" "$(echo "$tm / $tv" | bc -l)"
    [ -n "$first" ] || first=$n
    last=$n
done
if [ "$ONLY" != validate ] && [ "$first" != "$last" ]; then
    per_first=$(echo "$(v "T_merge_$first") / $(v "REC_$first")" | bc -l)
    per_last=$(echo "$(v "T_merge_$last") / $(v "REC_$last")" | bc -l)
    printf 'merge time per record: %.2f µs at %d buildings, %.2f µs at %d: ratio %.2f (target ≤ 1.5)\n' \
        "$(echo "$per_first * 1000000" | bc -l)" "$first" "$(echo "$per_last * 1000000" | bc -l)" "$last" \
        "$(echo "$per_last / $per_first" | bc -l)"
    echo "merge/validate time ratio: target ≤ 10 (column ratio)"
fi
if [ "$ONLY" != validate ]; then
    for n in $SIZES; do
        name="AGREE_$n"
        [ -z "${!name:-}" ] || echo "$n buildings: ${!name}"
    done
fi
