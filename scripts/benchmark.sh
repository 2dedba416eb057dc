#!/usr/bin/env bash
# The platform's performance benchmark: the executable jar on the "large institute" data set, measured with wrk
# next to pgbench -S on the same PostgreSQL in the same run, so that every throughput is read against the database's
# own ceiling on this machine (absolute numbers vary with the machine; the ratios barely do). Not part of the tests.
#
#   scripts/benchmark.sh [JAR]        (from the project root; default JAR: target/platform-*.jar, not -plain,
#                                      built with ./mvnw -q -DskipTests package when there is none)
#
# Database:
#   - DATABASE_URL (+ DATABASE_USERNAME / DATABASE_PASSWORD, as for the platform) set: that database is EMPTIED
#     (everything in its schema public, with a schema ri_bench_pgbench for pgbench), then migrated and loaded.
#     The script refuses unless BENCHMARK_RESET=yes. Resets and loads run as DATABASE_MIGRATION_USERNAME when set
#     (the schema owner), otherwise as the platform's account. Needs psql and pgbench (postgresql-client).
#   - otherwise: the local Debian PostgreSQL cluster (started if down), as root: a database ri_bench owned by a
#     role ri_bench, recreated at each run, and a database ri_bench_pgbench for pgbench.
# Installs wrk and bc with apt-get when missing (as root).
#
# Settings (environment):
#   SCALE=1       data-set size: 1 = 100k users, 2k trainings, 20k sessions, 200k enrolments, 2M attendance rows;
#                 0.01 = 1k users, 20 trainings, ... (a quick smoke test; such numbers mean nothing)
#   T=15          seconds per measured row (wrk, and pgbench -S)      C=16   connections (pgbench clients)
#   WARMUP        seconds of warm-up per request kind (default: 20, or T when shorter; C2 compiles the
#                 page paths for about a minute, and a shorter warm-up measures the compiler, not the platform)
#   PORT=18600    the platform's port for the run                      OUT=target/benchmark   results directory
#   JAVA_OPTS     JVM options (split on blanks, no quoting); default: the contents of scripts/java-opts, if any
#   CDS=yes       launch as the README does: the jar the build unpacked next to it (app/) with its class-data-sharing
#                 archive (app/platform.jsa), when they are there and newer than the jar; CDS=no: the jar itself
#
# Writes the raw wrk and pgbench outputs, the application's logs and results.md (the table below, Markdown, ready to
# paste into the README) into OUT; prints the table. Each row: value, target, ratio, PASS/MISS, the non-2xx answers
# wrk counted, and flags (socket errors, unexpected statuses) that make a row's number suspect.
set -euo pipefail
export LC_ALL=C # decimal points, not commas, in printf and bc

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
# shellcheck source-path=SCRIPTDIR source=lib/connection.sh disable=SC1091 # (followed with shellcheck -x)
. "$here/lib/connection.sh" # fail, require_command, resolve_database (DATABASE_URL as the other scripts read it)

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------------------------------------------- settings
SCALE=${SCALE:-1}
T=${T:-15}
C=${C:-16}
port=${PORT:-18600}
[[ $SCALE =~ ^[0-9]*\.?[0-9]+$ ]] || fail "SCALE must be a positive number (1 = the full large institute)"
[[ $T =~ ^[1-9][0-9]*$ ]] || fail "T must be a whole number of seconds"
if ! [[ $C =~ ^[1-9][0-9]*$ ]] || [ "$C" -lt 2 ]; then fail "C must be a whole number of connections, at least 2 (wrk -t2)"; fi
[[ $port =~ ^[1-9][0-9]*$ ]] || fail "PORT must be a port number"
WARMUP=${WARMUP:-$((T < 20 ? T : 20))}
[[ $WARMUP =~ ^[0-9]+$ ]] || fail "WARMUP must be a whole number of seconds"
base="http://127.0.0.1:$port"

# The jar: resolved before changing to the project root, so that a relative argument means what the caller meant.
jar=${1:-}
if [ -n "$jar" ]; then
  [ -f "$jar" ] || fail "no such jar: $jar"
  jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
fi
cd "$root"
OUT=${OUT:-target/benchmark}
find_jar() {
  local f
  for f in target/platform-*.jar; do
    case "$f" in *-plain.jar) ;; *) [ -f "$f" ] && { echo "$root/$f"; return; } ;; esac
  done
}
if [ -z "$jar" ]; then
  jar=$(find_jar)
  if [ -z "$jar" ]; then
    log "no target/platform-*.jar: building it (./mvnw -q -DskipTests package)"
    ./mvnw -q -DskipTests package
    jar=$(find_jar)
    [ -n "$jar" ] || fail "the build produced no target/platform-*.jar"
  fi
fi

# JVM options: JAVA_OPTS when set (even empty: "no options"), else scripts/java-opts, the launch options the README
# recommends, so that the benchmark measures the platform as it is meant to be run.
if [ -n "${JAVA_OPTS+set}" ]; then
  java_opts_text=$JAVA_OPTS
elif [ -f "$here/java-opts" ]; then
  java_opts_text=$(grep -v '^[[:space:]]*#' "$here/java-opts" | tr '\n' ' ')
else
  java_opts_text=""
fi
read -r -a java_opts <<<"$java_opts_text" || true
launch_jar=$jar
cds_archive="$(dirname "$jar")/app/platform.jsa"
if [ "${CDS:-yes}" != no ] && [ -f "$(dirname "$jar")/app/$(basename "$jar")" ] && [ "$cds_archive" -nt "$jar" ]; then
  launch_jar="$(dirname "$jar")/app/$(basename "$jar")"
  java_opts+=("-XX:SharedArchiveFile=$cds_archive")
  java_opts_text="$java_opts_text -XX:SharedArchiveFile=${cds_archive#"$root"/}"
fi

# ------------------------------------------------------------------------------------------------------- tools
install_missing() {
  local missing=() tool
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" -eq 0 ] || fail "needs ${missing[*]} (apt-get install ${missing[*]})"
  log "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
install_missing wrk bc
command -v java >/dev/null 2>&1 || fail "needs java (17 or later) to run the jar"
command -v curl >/dev/null 2>&1 || fail "needs curl"
require_command psql
require_command pgbench

# bash has only integers: the arithmetic goes through bc.
calc() { bc -l <<<"$1"; }
holds() { [ "$(calc "$1")" = 1 ]; } # a bc comparison, e.g. holds "3 < 4"
fmt() { printf "%.${2:-1}f" "$(calc "$1")"; }
round() { bc <<<"scale=0; ($1 + 0.5) / 1"; }

# The data set's size. Each training keeps its 10 sessions and 100 enrolments, so at least 100 participants.
trainers=$(round "200 * $SCALE")
[ "$trainers" -ge 1 ] || trainers=1
users=$(round "100000 * $SCALE")
[ "$users" -ge $((trainers + 100)) ] || users=$((trainers + 100))
trainings=$(round "2000 * $SCALE")
[ "$trainings" -ge 4 ] || trainings=4 # one published in every four at least

# ---------------------------------------------------------------------------------------------------- database
# dbq: psql on the platform's database, as an account that may load it. pgb: pgbench on its own database (or schema).
if [ -n "${DATABASE_URL:-}" ]; then
  mode=external
  resolve_database # DB_TARGET, DB_LABEL, PGUSER/PGPASSWORD from DATABASE_USERNAME/PASSWORD
  [ "${BENCHMARK_RESET:-}" = yes ] ||
    fail "DATABASE_URL is set: the benchmark would EMPTY $DB_LABEL (drop everything in its schema public) and load it; set BENCHMARK_RESET=yes if that database may go"
  if [ -n "${DATABASE_MIGRATION_USERNAME:-}" ]; then
    export PGUSER=$DATABASE_MIGRATION_USERNAME
    if [ -n "${DATABASE_MIGRATION_PASSWORD:-}" ]; then export PGPASSWORD=$DATABASE_MIGRATION_PASSWORD; fi
  fi
  dbq() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB_TARGET" "$@"; }
  # pgbench has no schema option: its tables go to the first schema of the search path.
  pgb() { PGOPTIONS="${PGOPTIONS:-} -c search_path=ri_bench_pgbench" pgbench "$@" "$DB_TARGET"; }
  app_env=() # the platform reads DATABASE_URL & co. from the environment it inherits
else
  mode=local
  [ "$(id -u)" -eq 0 ] || fail "without DATABASE_URL the benchmark uses the local Debian PostgreSQL cluster and must run as root (runuser -u postgres)"
  command -v pg_lsclusters >/dev/null 2>&1 || fail "no Debian PostgreSQL cluster here (pg_lsclusters); set DATABASE_URL instead"
  read -r pg_version pg_cluster pg_port _ < <(pg_lsclusters -h | sort -k3,3n | awk '$3 == 5432 || NR == 1' | tail -1) ||
    fail "no PostgreSQL cluster (pg_lsclusters lists none)"
  as_postgres() { runuser -u postgres -- "$@"; }
  if ! as_postgres pg_isready -q -p "$pg_port"; then
    log "starting PostgreSQL $pg_version/$pg_cluster"
    pg_ctlcluster --skip-systemctl-redirect "$pg_version" "$pg_cluster" start
    for _ in $(seq 1 40); do as_postgres pg_isready -q -p "$pg_port" && break; sleep 0.5; done
  fi
  pg_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$pg_port" "$@"; }
  dbq() { pg_admin -d ri_bench "$@"; }
  pgb() { as_postgres pgbench -p "$pg_port" "$@" ri_bench_pgbench; }
  DB_LABEL="local cluster $pg_version/$pg_cluster, database ri_bench"
  app_env=(DATABASE_URL="jdbc:postgresql://127.0.0.1:$pg_port/ri_bench" DATABASE_USERNAME=ri_bench
    DATABASE_PASSWORD=ri_bench)
  unset DATABASE_MIGRATION_USERNAME DATABASE_MIGRATION_PASSWORD # one account owns and uses ri_bench
fi

admin_email=admin@bench.test
admin_password=Bench-Admin-Pass-123
app_env+=(SERVER_PORT="$port" PORT="$port" APP_JWT_SECRET=bench-secret-bench-secret-bench-secret-0123456789
  APP_ADMIN_EMAIL="$admin_email" APP_ADMIN_PASSWORD="$admin_password" APP_DEMO_DATA=false)

mkdir -p "$OUT"
rm -f "$OUT"/wrk-*.txt "$OUT"/results.md

log "database: $DB_LABEL; emptying it"
if [ "$mode" = local ]; then
  pg_admin -c "SET client_min_messages = warning" \
    -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ri_bench') THEN CREATE ROLE ri_bench; END IF; END\$\$" \
    -c "ALTER ROLE ri_bench LOGIN PASSWORD 'ri_bench'" \
    -c "DROP DATABASE IF EXISTS ri_bench WITH (FORCE)" -c "CREATE DATABASE ri_bench OWNER ri_bench" \
    -c "DROP DATABASE IF EXISTS ri_bench_pgbench WITH (FORCE)" -c "CREATE DATABASE ri_bench_pgbench" >/dev/null
else
  # Empty schema public without dropping it: the schema keeps its owner, grants and default privileges (those the
  # README's create-db-user.sh gives the platform's account), and Flyway finds an empty schema to migrate.
  dbq >/dev/null <<'SQL'
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS ri_bench_pgbench CASCADE;
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT extname FROM pg_extension WHERE extnamespace = 'public'::regnamespace LOOP
    EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', r.extname);
  END LOOP;
  FOR r IN SELECT relname, relkind FROM pg_class
           WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'S', 'f') LOOP
    EXECUTE format('DROP %s IF EXISTS public.%I CASCADE',
                   CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                                  WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.relname);
  END LOOP;
  FOR r IN SELECT oid::regprocedure AS signature, prokind FROM pg_proc
           WHERE pronamespace = 'public'::regnamespace LOOP
    EXECUTE format('DROP %s IF EXISTS %s CASCADE',
                   CASE r.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, r.signature);
  END LOOP;
  FOR r IN SELECT typname FROM pg_type
           WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd', 'r', 'c')
             AND (typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = typrelid) = 'c') LOOP
    EXECUTE format('DROP TYPE IF EXISTS public.%I CASCADE', r.typname);
  END LOOP;
END
$$;
CREATE SCHEMA ri_bench_pgbench;
SQL
fi
log "pgbench -i -s 10"
pgb -i -q -s 10 >"$OUT/pgbench-init.log" 2>&1 || { cat "$OUT/pgbench-init.log" >&2; fail "pgbench -i failed"; }

# ---------------------------------------------------------------------------------------------------- the app
app_pid=""
stop_app() {
  [ -n "$app_pid" ] || return 0
  if kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    # a graceful shutdown waits for requests in flight (APP_SHUTDOWN_TIMEOUT, 30 s by default); then no mercy
    for _ in $(seq 1 400); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
trap stop_app EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_app LOG: starts the jar, waits for /actuator/health to answer UP (HTTP 200), sets started_in (seconds,
# from just before the JVM is launched: JVM start included, as an operator's restart sees it).
start_app() {
  local app_log=$1 t0 deadline
  if curl -s -o /dev/null --max-time 2 "$base/actuator/health"; then
    fail "something already answers on port $port: stop it or choose another PORT"
  fi
  deadline=$((SECONDS + ${STARTUP_TIMEOUT:-180}))
  t0=$(date +%s.%N)
  # env -u: the libpq variables meant for psql and pgbench stay away from the platform.
  env -u PGUSER -u PGPASSWORD -u PGOPTIONS "${app_env[@]}" java "${java_opts[@]}" -jar "$launch_jar" >"$app_log" 2>&1 &
  app_pid=$!
  until curl -sf -o /dev/null --max-time 2 "$base/actuator/health"; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      tail -n 30 "$app_log" >&2
      app_pid=""
      fail "the platform exited while starting (log: $app_log)"
    fi
    [ "$SECONDS" -lt "$deadline" ] || { tail -n 30 "$app_log" >&2; fail "no health UP after ${STARTUP_TIMEOUT:-180} s"; }
    sleep 0.05
  done
  started_in=$(calc "$(date +%s.%N) - $t0")
}
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/${app_pid:-none}/status" 2>/dev/null || echo 0; }

log "first start (empty database: the migrations create the schema); JVM options: ${java_opts_text:-none}"
start_app "$OUT/app-first-start.log"
first_start=$started_in

# ------------------------------------------------------------------------------------------------------- data
log "loading the large-institute set at SCALE=$SCALE ($users users, $trainings trainings)"
dbq -v users="$users" -v trainers="$trainers" -v trainings="$trainings" \
  <"$here/benchmark/large-institute.sql" >"$OUT/load.log" 2>&1 || { cat "$OUT/load.log" >&2; fail "loading failed"; }
dbq -c "ANALYZE" >/dev/null
# Summaries kept by triggers or computed in batches are stale after a load that bypassed the triggers: refresh
# them when the schema has the function (to_regproc: NULL when there is none), then analyse what it filled.
case "$(dbq -At -c "SELECT prokind FROM pg_proc WHERE oid = to_regproc('refresh_report_summaries')")" in
  f) log "refresh_report_summaries()"; dbq -c "SELECT refresh_report_summaries()" >/dev/null; dbq -c "ANALYZE" >/dev/null ;;
  p) log "CALL refresh_report_summaries()"; dbq -c "CALL refresh_report_summaries()" >/dev/null; dbq -c "ANALYZE" >/dev/null ;;
  *) log "no refresh_report_summaries() in this schema: nothing to refresh" ;;
esac
data=$(dbq -At -c "SELECT (SELECT count(*) FROM users) || ' users, ' || (SELECT count(*) FROM trainings) || ' trainings, '
  || (SELECT count(*) FROM sessions) || ' sessions, ' || (SELECT count(*) FROM enrollments) || ' enrolments, '
  || (SELECT count(*) FROM attendance) || ' attendance rows'")
ids=$(dbq -At -c "SELECT string_agg(id::text, ',') FROM (SELECT id FROM trainings WHERE status = 'published' ORDER BY random() LIMIT 500) x")
[ -n "$ids" ] || fail "no published training in the data set"
first_id=${ids%%,*}
log "data: $data"

token=$(curl -s -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$admin_email\",\"password\":\"$admin_password\"}" | sed -n 's/.*"accessToken" *: *"\([^"]*\)".*/\1/p')
[ -n "$token" ] || fail "the administrator could not sign in ($admin_email)"
bearer="Authorization: Bearer $token"

# wrk scripts spreading the requests over many ids and pages, as real traffic does (one id would sit in every cache).
cat >"$OUT/by-id.lua" <<EOF
ids = {$ids}
request = function() return wrk.format("GET", "/api/v1/trainings/" .. ids[math.random(#ids)]) end
EOF
cat >"$OUT/list-pages.lua" <<'EOF'
request = function() return wrk.format("GET", "/api/v1/trainings?size=20&page=" .. math.random(0, 49)) end
EOF
cat >"$OUT/catalogue-pages.lua" <<'EOF'
request = function() return wrk.format("GET", "/trainings?page=" .. math.random(0, 9)) end
EOF

# ------------------------------------------------------------------------------------------------ measurement
# Every request kind: NAME CONNECTIONS EXPECTED_STATUS PATH [wrk options]. The path is also what a single curl
# probes first (with the same -H headers), since wrk counts only 4xx/5xx as non-2xx and would take a redirect for
# a success; with -s, the wrk script chooses each request's path.
request_kinds() {
  "$1" by_id "$C" 200 "/api/v1/trainings/$first_id" -s "$OUT/by-id.lua"
  "$1" me "$C" 200 /api/v1/me -H "$bearer"
  "$1" list "$C" 200 "/api/v1/trainings?size=20&page=0" -s "$OUT/list-pages.lua"
  "$1" list_page0 "$C" 200 "/api/v1/trainings?size=20&page=0"
  "$1" list_page49 "$C" 200 "/api/v1/trainings?size=20&page=49"
  "$1" catalogue_html "$C" 200 "/trainings?page=0" -s "$OUT/catalogue-pages.lua"
  "$1" home_html "$C" 200 /
  "$1" progress 4 200 "/api/v1/reports/participant-progress?size=20" -H "$bearer"
  "$1" dashboard 4 200 /api/v1/reports/dashboard -H "$bearer"
  "$1" liveness "$C" 200 /actuator/health/liveness
  "$1" missing_css "$C" 404 /assets/css/missing.css
}

warm() {
  local c=$2 path=$4
  shift 4
  wrk -t2 -c"$c" -d"${WARMUP}s" "$@" "$base$path" >/dev/null 2>&1 || true
}

declare -A RPS P50 REQUESTS NON2XX FLAGS
measure() {
  local name=$1 c=$2 expect=$3 path=$4 file="$OUT/wrk-$1.txt" headers=() args code errors i
  shift 4
  args=("$@")
  for ((i = 0; i < ${#args[@]}; i++)); do [ "${args[i]}" != -H ] || headers+=(-H "${args[i + 1]}"); done
  FLAGS[$name]=""
  code=$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "${headers[@]}" "$base$path") || true
  [ "$code" = "$expect" ] || FLAGS[$name]+="probe: HTTP ${code:-none}, expected $expect; "
  log "  $name (c=$c, ${T} s)"
  wrk -t2 -c"$c" -d"${T}s" --latency "$@" "$base$path" >"$file" 2>&1 || FLAGS[$name]+="wrk failed; "
  RPS[$name]=$(awk '/^Requests\/sec:/ { print $2 }' "$file")
  # wrk prints latencies with a unit: 250.00us, 1.23ms, 1.02s, 1.50m
  P50[$name]=$(awk '$1 == "50%" { v = $2; f = 1
      if (v ~ /us$/) f = 0.001; else if (v ~ /ms$/) f = 1; else if (v ~ /s$/) f = 1000
      else if (v ~ /m$/) f = 60000; else if (v ~ /h$/) f = 3600000
      printf "%.4f", (v + 0) * f }' "$file")
  REQUESTS[$name]=$(awk '/ requests in / { print $1 }' "$file")
  NON2XX[$name]=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file")
  errors=$(awk '/Socket errors:/ { gsub(",", ""); if ($4 + $6 + $8 + $10 > 0) print }' "$file" | sed 's/^ *Socket errors: //')
  [ -z "$errors" ] || FLAGS[$name]+="wrk socket errors ($errors); "
  [ -n "${RPS[$name]}" ] || FLAGS[$name]+="no result (see $file); "
  : "${RPS[$name]:=0}" "${P50[$name]:=0}" "${REQUESTS[$name]:=0}" "${NON2XX[$name]:=0}"
  if [ "$expect" = 200 ] && [ "${NON2XX[$name]}" -gt 0 ]; then
    FLAGS[$name]+="${NON2XX[$name]} answers not 2xx; "
  elif [ "$expect" != 200 ] && [ "${NON2XX[$name]}" -ne "${REQUESTS[$name]}" ]; then
    FLAGS[$name]+="$((REQUESTS[$name] - NON2XX[$name])) answers were not $expect; "
  fi
}

run_pgbench() { # FILE: pgbench -S (select-only) with C clients on 2 threads for T seconds; prints tps
  pgb -S -n -c "$C" -j 2 -T "$T" >"$1" 2>&1 || true
  awk '/^tps/ { printf "%.0f", $3; exit }' "$1"
}

log "warm-up: every request kind for ${WARMUP} s (the JIT compiles the hot paths before anything is measured)"
request_kinds warm
log "pgbench -S (c=$C, ${T} s)"
pgbench_tps=$(run_pgbench "$OUT/pgbench-S.txt")
pgbench_tps=${pgbench_tps:-0}
log "wrk rows"
request_kinds measure
rss_after_load=$(rss_mb)
log "pgbench -S again, the platform idle"
pgbench_again=$(run_pgbench "$OUT/pgbench-S-again.txt")

log "second start, on the migrated and loaded database"
stop_app
start_app "$OUT/app-second-start.log"
second_start=$started_in
rss_idle=$(rss_mb)
stop_app
jar_mb=$(calc "$(stat -c %s "$jar") / 1000000") # decimal megabytes, as the issue counts its 219 MB

# ------------------------------------------------------------------------------------------------------ table
table=("| Measurement | Value | Target | Ratio | Result | Non-2xx | Flags |"
  "|---|---:|---|---:|:---:|---:|---|")
add_row() { table+=("| $1 | $2 | $3 | $4 | $5 | $6 | ${7:-} |"); }
verdict() { if holds "$1"; then echo PASS; else echo MISS; fi; }
wrk_value() { echo "$(fmt "${RPS[$1]}" 0) req/s, p50 $(fmt "${P50[$1]}" 2) ms"; }
non2xx() { echo "${NON2XX[$1]} / ${REQUESTS[$1]}"; }
flags() { local f=${FLAGS[$1]:-}; echo "${f%; }"; }

# rel_row LABEL NAME REFERENCE REFERENCE_LABEL MIN_FRACTION: throughput of NAME at least a fraction of a reference
rel_row() {
  local label=$1 name=$2 ref=$3 ref_label=$4 frac=$5 ratio result=MISS
  if holds "$ref > 0"; then
    ratio="$(fmt "100 * ${RPS[$name]} / $ref")% of $ref_label"
    result=$(verdict "${RPS[$name]} >= $frac * $ref")
  else
    ratio="n/a (no $ref_label)"
  fi
  add_row "$label" "$(wrk_value "$name")" "≥ $(fmt "100 * $frac" 0)% of $ref_label ($(fmt "$frac * $ref" 0) req/s)" \
    "$ratio" "$result" "$(non2xx "$name")" "$(flags "$name")"
}
# abs_row LABEL VALUE_TEXT VALUE OPERATOR LIMIT TARGET_TEXT [NAME]: a value against a fixed limit
abs_row() {
  local ratio=n/a
  if holds "$5 > 0"; then ratio="$(fmt "100 * $3 / $5" 0)% of the limit"; fi
  if [ -n "${7:-}" ]; then
    add_row "$1" "$2" "$6" "$ratio" "$(verdict "$3 $4 $5")" "$(non2xx "$7")" "$(flags "$7")"
  else
    add_row "$1" "$2" "$6" "$ratio" "$(verdict "$3 $4 $5")" "—"
  fi
}
info_row() { add_row "$1" "$2" "—" "—" "—" "${3:-—}" "${4:-}"; }

by_id=${RPS[by_id]}
add_row "pgbench -S (c=$C, -j 2), same cluster" "$pgbench_tps tps" "(the ceiling)" "100%" "—" "—"
rel_row "GET /api/v1/trainings/{id}, anonymous, random published ids" by_id "$pgbench_tps" "pgbench -S" 0.20
rel_row "GET /api/v1/me with a bearer token" me "$pgbench_tps" "pgbench -S" 0.20
rel_row "GET /api/v1/trainings?page=0..49&size=20" list "$by_id" "by-id" 0.50
info_row "GET /api/v1/trainings?page=0&size=20 alone" "$(wrk_value list_page0)" "$(non2xx list_page0)" "$(flags list_page0)"
info_row "GET /api/v1/trainings?page=49&size=20 alone" "$(wrk_value list_page49)" "$(non2xx list_page49)" "$(flags list_page49)"
if holds "${P50[list_page0]} > 0"; then
  page_ratio=$(calc "${P50[list_page49]} / ${P50[list_page0]}")
  abs_row "p50(page 49) / p50(page 0)" "$(fmt "$page_ratio" 2)" "$page_ratio" "<=" 1.5 "≤ 1.5"
else
  add_row "p50(page 49) / p50(page 0)" "n/a" "≤ 1.5" "n/a" "MISS" "—" "no p50 for page 0"
fi
rel_row "GET /trainings?page=0..9 (HTML catalogue)" catalogue_html "$by_id" "by-id" 0.25
rel_row "GET / (HTML home page)" home_html "$by_id" "by-id" 0.25
abs_row "GET /api/v1/reports/participant-progress?size=20, admin bearer, c=4" "$(wrk_value progress)" \
  "${P50[progress]}" "<" 10 "p50 < 10 ms" progress
abs_row "GET /api/v1/reports/dashboard, admin bearer, c=4" "$(wrk_value dashboard)" \
  "${P50[dashboard]}" "<" 20 "p50 < 20 ms" dashboard
abs_row "GET /actuator/health/liveness" "$(wrk_value liveness)" "${RPS[liveness]}" ">=" 25000 "≥ 25000 req/s" liveness
rel_row "GET /assets/css/missing.css (404 expected)" missing_css "$by_id" "by-id" 1
info_row "first start, empty database (migrations), to health UP" "$(fmt "$first_start" 2) s"
abs_row "second start, migrated database, to health UP (JVM included)" "$(fmt "$second_start" 2) s" \
  "$second_start" "<" 4 "< 4 s"
abs_row "resident memory (VmRSS) after the load" "$rss_after_load MB" "$rss_after_load" "<=" 350 "≤ 350 MB"
abs_row "resident memory (VmRSS) idle, right after the second start" "$rss_idle MB" "$rss_idle" "<=" 250 "≤ 250 MB"
abs_row "executable jar size" "$(fmt "$jar_mb" 1) MB" "$jar_mb" "<=" 90 "≤ 90 MB"
info_row "pgbench -S again, after the wrk rows" "${pgbench_again:-0} tps"

{
  printf '%s\n' "${table[@]}"
  echo
  echo "_$(date +%Y-%m-%d): $(basename "$jar"), JVM options: ${java_opts_text:-none}; $data (SCALE=$SCALE);" \
    "wrk -t2 -c$C (reports c=4) for $T s per row after a ${WARMUP}-s warm-up of each kind; pgbench -S -c $C -j 2" \
    "on the same PostgreSQL ($mode); $(nproc) CPUs._"
} >"$OUT/results.md"
cat "$OUT/results.md"
log "raw outputs, logs and results.md in $OUT"
