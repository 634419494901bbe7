#!/usr/bin/env bash
# Import speed: `xiaoqu import` against `psql \copy` of the same grid memberships into an identical table,
# side by side in one run on the same local PostgreSQL (DESIGN §4: import at a large fraction of psql's rate).
#
#   bench/import.sh [SIZES="1000000 5000000"]
#
# What it does:
#  1. Generates, once, for each size, grid memberships with Chinese text (bench/ImportBenchData.java) in two
#     layouts of the same rows: the file a 综治 department sends (UTF-8, Chinese header, its column order),
#     which xiaoqu reads, and the same rows in XQ_STG_GRID_MEMBERSHIP's column layout (with LOAD_ID, LINE,
#     DEPARTMENT filled in), which psql reads — psql cannot map headers or check rows, so it gets the work
#     done for it. The files stay in $BENCH_DATA (default /tmp/xiaoqu-bench-import) for the next run.
#  2. psql: creates schema $PSQL_SCHEMA holding XQ_STG_GRID_MEMBERSHIP with the DDL copied from the Flyway
#     migration (same columns, types, primary key) and times `\copy … (FORMAT csv)` of each file into the
#     emptied table.
#  3. xiaoqu: the distribution (built when needed, like ./xiaoqu), a generated xiaoqu.yaml with one
#     grid-membership source per file (encoding: auto), store --db $PG_JDBC in schema $XIAOQU_SCHEMA
#     (XIAOQU_DB_SCHEMA). A first 1-row import migrates the schema; start-up is then the median wall time of
#     three 1-row imports (JVM, Spring, store open, Flyway validation, load registry, job, publish, outputs).
#     Each size is imported under /usr/bin/time -v into an emptied staging table (the earlier load's rows are
#     truncated away so both tools start from an empty table).
#  4. Prints rows/s of both, xiaoqu/psql with and without xiaoqu's start-up, xiaoqu's peak RSS; drops both
#     scratch schemas at the end (KEEP_SCHEMAS=1 keeps them).
#
# Settings (environment): XMX (xiaoqu's -Xmx, default 512m; passed as XIAOQU_JAVA_OPTS, with any extra
# XIAOQU_JAVA_OPTS you set), PGHOST/PGPORT/PGUSER/PGDATABASE (default 127.0.0.1, 5432, postgres, test; trust
# auth), BENCH_DATA, PSQL_SCHEMA (xq_bench_psql), XIAOQU_SCHEMA (xq_bench_import).
# Run it when the machine is quiet: the load average is printed with the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=${1:-"1000000 5000000"}
export PGOPTIONS="${PGOPTIONS:--c client_min_messages=warning}"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-test}
PG_JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?user=$PGUSER"
DATA=${BENCH_DATA:-/tmp/xiaoqu-bench-import}
PSQL_SCHEMA=${PSQL_SCHEMA:-xq_bench_psql}
XIAOQU_SCHEMA=${XIAOQU_SCHEMA:-xq_bench_import}
XMX=${XMX:-512m}
JAVA_OPTS="-Xmx$XMX ${XIAOQU_JAVA_OPTS:-}"
MIGRATION=schemas/src/main/resources/db/migration/common/V3__loads_and_staging.sql
WORK=$(mktemp -d)
mkdir -p "$DATA"

psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
cleanup() {
    if [ "${KEEP_SCHEMAS:-0}" != 1 ]; then
        psql_q -c "DROP SCHEMA IF EXISTS $PSQL_SCHEMA CASCADE" -c "DROP SCHEMA IF EXISTS $XIAOQU_SCHEMA CASCADE" \
            2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- data -------------------------------------------------------------------------------------------------
for n in 1 $SIZES; do
    if [ ! -s "$DATA/dept-$n.csv" ] || [ ! -s "$DATA/table-$n.csv" ]; then
        echo "generating $n rows…" >&2
        java -Xmx256m bench/ImportBenchData.java "$n" "$DATA/dept-$n.csv.tmp" "$DATA/table-$n.csv.tmp"
        mv "$DATA/dept-$n.csv.tmp" "$DATA/dept-$n.csv"
        mv "$DATA/table-$n.csv.tmp" "$DATA/table-$n.csv"
    fi
done
for i in 0 1 2 3; do # the start-up imports: one row each, distinct files so that none is "unchanged"
    sed "s/^ZZ\([0-9]*\)/ZZ\1S$i/" "$DATA/dept-1.csv" >"$WORK/startup-$i.csv"
done

# --- xiaoqu distribution and configuration ----------------------------------------------------------------
./xiaoqu --version >/dev/null # builds the distribution when the sources changed
XIAOQU="$ROOT/cli/target/xiaoqu-dist/xiaoqu/bin/xiaoqu"
{
    echo "defaults:"
    echo "  encoding: auto"
    echo "  maxRejectRatio: 0.01"
    echo "sources:"
    for i in 0 1 2 3; do
        printf '  - {id: bench-startup-%s, department: 综治, kind: grid-membership, file: %s}\n' "$i" "$WORK/startup-$i.csv"
    done
    for n in $SIZES; do
        printf '  - {id: bench-%s, department: 综治, kind: grid-membership, file: %s}\n' "$n" "$DATA/dept-$n.csv"
    done
} >"$WORK/xiaoqu.yaml"

xq() { # xq TIMEFILE ARGS…: one xiaoqu run in $WORK, timed by /usr/bin/time -v
    local timefile=$1
    shift
    (cd "$WORK" && XIAOQU_DB_SCHEMA=$XIAOQU_SCHEMA XIAOQU_JAVA_OPTS="$JAVA_OPTS" \
        /usr/bin/time -v -o "$timefile" "$XIAOQU" -q --db "$PG_JDBC" -c "$WORK/xiaoqu.yaml" "$@" >"$WORK/xq.out")
}

# --- psql ---------------------------------------------------------------------------------------------------
DDL=$(sed -n '/^CREATE TABLE XQ_STG_GRID_MEMBERSHIP/,/^);/p' "$MIGRATION")
[ -n "$DDL" ] || { echo "no XQ_STG_GRID_MEMBERSHIP in $MIGRATION" >&2; exit 1; }
psql_q -c "DROP SCHEMA IF EXISTS $PSQL_SCHEMA CASCADE" -c "DROP SCHEMA IF EXISTS $XIAOQU_SCHEMA CASCADE" \
    -c "CREATE SCHEMA $PSQL_SCHEMA" -c "SET search_path = $PSQL_SCHEMA" -c "$DDL"
declare -A PSQL_S XQ_S XQ_RSS XQ_CPU
for n in $SIZES; do
    psql_q -c "TRUNCATE $PSQL_SCHEMA.XQ_STG_GRID_MEMBERSHIP" -c "CHECKPOINT"
    t0=$(now)
    psql_q -c "\\copy $PSQL_SCHEMA.XQ_STG_GRID_MEMBERSHIP FROM '$DATA/table-$n.csv' WITH (FORMAT csv)"
    t1=$(now)
    PSQL_S[$n]=$(echo "$t1 - $t0" | bc -l)
    got=$(psql_q -At -c "SELECT COUNT(*) FROM $PSQL_SCHEMA.XQ_STG_GRID_MEMBERSHIP")
    [ "$got" = "$n" ] || { echo "psql loaded $got rows of $n" >&2; exit 1; }
    printf 'psql   %9d rows %7.2f s %9.0f rows/s\n' "$n" "${PSQL_S[$n]}" "$(echo "$n / ${PSQL_S[$n]}" | bc -l)" >&2
done
psql_q -c "DROP SCHEMA $PSQL_SCHEMA CASCADE"

# --- xiaoqu -------------------------------------------------------------------------------------------------
xq "$WORK/time-migrate.txt" import bench-startup-0 # creates and migrates the scratch schema
STARTS=()
for i in 1 2 3; do
    t0=$(now)
    xq "$WORK/time-startup.txt" import "bench-startup-$i"
    t1=$(now)
    STARTS+=("$(echo "$t1 - $t0" | bc -l)")
done
STARTUP=$(printf '%s\n' "${STARTS[@]}" | sort -g | sed -n 2p)
printf 'xiaoqu start-up (1-row import, median of 3): %.2f s\n' "$STARTUP" >&2
for n in $SIZES; do
    psql_q -c "TRUNCATE $XIAOQU_SCHEMA.XQ_STG_GRID_MEMBERSHIP" -c "CHECKPOINT"
    t0=$(now)
    xq "$WORK/time-$n.txt" import "bench-$n" || { cat "$WORK/xq.out" >&2; exit 1; }
    t1=$(now)
    XQ_S[$n]=$(echo "$t1 - $t0" | bc -l)
    XQ_RSS[$n]=$(awk '/Maximum resident set size/ {print int($NF / 1024)}' "$WORK/time-$n.txt")
    XQ_CPU[$n]=$(awk '/User time|System time/ {s += $NF} END {print s}' "$WORK/time-$n.txt")
    got=$(psql_q -At -c "SELECT COUNT(*) FROM $XIAOQU_SCHEMA.XQ_GRID_MEMBERSHIP")
    [ "$got" = "$n" ] || { echo "xiaoqu published $got rows of $n" >&2; cat "$WORK/xq.out" >&2; exit 1; }
    printf 'xiaoqu %9d rows %7.2f s %9.0f rows/s, CPU %.1f s, peak RSS %d MB\n' "$n" "${XQ_S[$n]}" \
        "$(echo "$n / ${XQ_S[$n]}" | bc -l)" "${XQ_CPU[$n]}" "${XQ_RSS[$n]}" >&2
done

# --- figures ------------------------------------------------------------------------------------------------
echo "import benchmark: grid-membership CSV (UTF-8, Chinese text); psql \\copy reads the same rows pre-arranged in"
echo "the staging table's column layout, xiaoqu reads the department's file (header mapping, checks, dedup keys)."
echo "cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) postgres=$(psql_q -At -c 'SHOW server_version')" \
    "xiaoqu: XIAOQU_JAVA_OPTS='$JAVA_OPTS', start-up ${STARTUP}s"
printf '%9s %12s %12s %7s %16s %15s %9s %11s\n' rows psql_rows/s xiaoqu_rows/s ratio xiaoqu_no_start ratio_no_start peak_rss xiaoqu_cpu
for n in $SIZES; do
    psql_rate=$(echo "$n / ${PSQL_S[$n]}" | bc -l)
    xq_rate=$(echo "$n / ${XQ_S[$n]}" | bc -l)
    xq_rate_ns=$(echo "$n / (${XQ_S[$n]} - $STARTUP)" | bc -l)
    printf '%9d %12.0f %12.0f %7.2f %16.0f %15.2f %7dMB %10.1fs\n' "$n" "$psql_rate" "$xq_rate" \
        "$(echo "$xq_rate / $psql_rate" | bc -l)" "$xq_rate_ns" "$(echo "$xq_rate_ns / $psql_rate" | bc -l)" \
        "${XQ_RSS[$n]}" "${XQ_CPU[$n]}"
done
