#!/usr/bin/env bash
# What the platform's stack costs by itself: the application in scripts/benchmark/stack-floor (the same Spring Boot
# starters, one entity, one signed-in read, one page, nothing of the platform) measured next to the platform, in turns,
# on the same database. Start-up and memory below the floor's cannot be reached without changing the stack. Not part of
# the tests; about 10 minutes.
#
#   scripts/stack-floor.sh     (from the project root, after ./mvnw package and scripts/benchmark.sh, whose database
#                               it uses: ri_bench on the local cluster, as root; or DATABASE_URL, a jdbc:postgresql URL
#                               with DATABASE_USERNAME / DATABASE_PASSWORD, of a database the benchmark loaded)
#
# Settings (environment): ROUNDS=2 (each a start with java -jar and one with the README's launch, per application),
# T=15 (seconds per wrk run), PORT=18600, OUT=target/benchmark.
# For each application: start to health UP with `java -jar` and with the README's launch (scripts/java-opts and a
# class-data-sharing archive of its own); then, on the latter, VmRSS idle, /api/v1/me in three runs in a row on the fresh
# JVM (the JIT at work), VmRSS after a minute of /me, the home page and the liveness probe together. pgbench -S once.
# Prints the table and writes it to OUT/stack-floor.md.
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
# shellcheck source-path=SCRIPTDIR source=lib/connection.sh disable=SC1091
. "$here/lib/connection.sh"
cd "$root"

ROUNDS=${ROUNDS:-2}
T=${T:-15}
port=${PORT:-18600}
OUT=${OUT:-target/benchmark}
base="http://127.0.0.1:$port"
mkdir -p "$OUT"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || fail "ROUNDS must be a whole number, at least 1"
[[ $T =~ ^[1-9][0-9]*$ ]] || fail "T must be a whole number of seconds"
for tool in java curl wrk bc openssl psql pgbench; do command -v "$tool" >/dev/null 2>&1 || fail "needs $tool"; done

# The benchmark's admin and signing key (scripts/benchmark.sh).
admin_email=admin@bench.test
admin_password=Bench-Admin-Pass-123
jwt_secret=bench-secret-bench-secret-bench-secret-0123456789
if [ -n "${DATABASE_URL:-}" ]; then
  [[ $DATABASE_URL == jdbc:postgresql://* ]] || fail "DATABASE_URL must be a jdbc:postgresql:// URL here"
  resolve_database
  jdbc_url=$DATABASE_URL db_user=${DATABASE_USERNAME:-} db_password=${DATABASE_PASSWORD:-}
  dbq() { psql -X -qtA -d "$DB_TARGET" "$@"; }
  pgb() { PGOPTIONS="${PGOPTIONS:-} -c search_path=ri_bench_pgbench" pgbench "$@" "$DB_TARGET"; }
else
  [ "$(id -u)" -eq 0 ] || fail "without DATABASE_URL it uses the local cluster's ri_bench (scripts/benchmark.sh) and must run as root"
  pg_port=$(pg_lsclusters -h | sort -k3,3n | awk '$3 == 5432 || NR == 1 {print $3}' | tail -1)
  jdbc_url="jdbc:postgresql://127.0.0.1:$pg_port/ri_bench" db_user=ri_bench db_password=ri_bench
  dbq() { runuser -u postgres -- psql -X -qtA -p "$pg_port" -d ri_bench "$@"; }
  pgb() { runuser -u postgres -- pgbench -p "$pg_port" "$@" ri_bench_pgbench; }
fi
admin_id=$(dbq -c "SELECT id FROM users WHERE email = '$admin_email'") ||
  fail "cannot read the database: run scripts/benchmark.sh first"
[ -n "$admin_id" ] || fail "no $admin_email in the database: run scripts/benchmark.sh first"

platform_jar=target/platform-0.1.0-SNAPSHOT.jar
platform_app=target/app/${platform_jar#target/}
if [ ! -f "$platform_app" ] || [ ! -f target/app/platform.jsa ]; then
  fail "no $platform_app with its archive: ./mvnw package first"
fi
floor_dir=scripts/benchmark/stack-floor
echo "building the stack floor" >&2
./mvnw -q -f "$floor_dir/pom.xml" package -DskipTests >&2
floor_jar=$floor_dir/target/stack-floor-1.jar
floor_app=$floor_dir/target/app/stack-floor-1.jar
read -r -a java_opts <<<"$(grep -v '^[[:space:]]*#' scripts/java-opts | tr '\n' ' ')"
app_env=(DATABASE_URL="$jdbc_url" DATABASE_USERNAME="$db_user" DATABASE_PASSWORD="$db_password" PORT="$port"
  SERVER_PORT="$port" APP_JWT_SECRET="$jwt_secret" APP_ADMIN_EMAIL="$admin_email" APP_ADMIN_PASSWORD="$admin_password"
  APP_DEMO_DATA=false)
java -Djarmode=tools -jar "$floor_jar" extract --destination "$floor_dir/target/app" --force >/dev/null
env "${app_env[@]}" PORT=0 java "${java_opts[@]}" -Xlog:cds*=error -XX:ArchiveClassesAtExit="$floor_dir/target/app/floor.jsa" \
  -Dexit-when-ready=true -jar "$floor_app" >"$OUT/stack-floor-cds.log" 2>&1 || fail "the floor's archive run failed ($OUT/stack-floor-cds.log)"

# Read once, so that no start is measured on a cold disk (the page cache may have been emptied since the build).
cat "$floor_jar" "$floor_app" "$floor_dir"/target/app/floor.jsa "$floor_dir"/target/app/lib/* "$platform_jar" \
  "$platform_app" target/app/platform.jsa target/app/lib/* >/dev/null

app_pid=""
stop_app() {
  [ -n "$app_pid" ] || return 0
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
trap stop_app EXIT
curl -s -o /dev/null --max-time 2 "$base/actuator/health" && fail "something already answers on port $port"

# start LOG JAVA-ARGS...: starts, waits for health UP, sets started_in (seconds).
start() {
  local log=$1 t0
  shift
  t0=$(date +%s.%N)
  env "${app_env[@]}" java "$@" >"$log" 2>&1 &
  app_pid=$!
  until curl -sf -o /dev/null --max-time 2 "$base/actuator/health"; do
    kill -0 "$app_pid" 2>/dev/null || { tail -n 20 "$log" >&2; fail "did not start (see $log)"; }
    sleep 0.05
  done
  started_in=$(printf '%.1f' "$(bc -l <<<"$(date +%s.%N) - $t0")")
}
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status"; }
rps() { wrk -t2 -c16 -d"${T}s" "$@" | awk '/Requests\/sec/ {print int($2)}'; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
minted_token() { # what the floor accepts: the platform's kind of token, signed here
  local header payload
  header=$(printf '{"alg":"HS256"}' | b64url)
  payload=$(printf '{"sub":"%s","exp":%s}' "$admin_id" "$(($(date +%s) + 3600))" | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$(printf '%s.%s' "$header" "$payload" |
    openssl dgst -sha256 -hmac "$jwt_secret" -binary | b64url)"
}
signed_in_token() { # the platform's own, through its sign-in
  curl -sf -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$admin_email\",\"password\":\"$admin_password\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

declare -A plain launch idle loaded me1 me2 me3
measure() { # NAME PLAIN-JAR LAUNCH-JAR ARCHIVE
  local name=$1 token
  start "$OUT/stack-floor-$name.log" -jar "$2"
  plain[$name]="${plain[$name]:-} $started_in"
  stop_app
  start "$OUT/stack-floor-$name.log" "${java_opts[@]}" -XX:SharedArchiveFile="$4" -jar "$3"
  launch[$name]="${launch[$name]:-} $started_in"
  sleep 2
  idle[$name]="${idle[$name]:-} $(rss)"
  if [ "$name" = floor ]; then token=$(minted_token); else token=$(signed_in_token); fi
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/me")" = 200 ] ||
    fail "$name: /api/v1/me refused the token"
  me1[$name]="${me1[$name]:-} $(rps -H "Authorization: Bearer $token" "$base/api/v1/me")"
  me2[$name]="${me2[$name]:-} $(rps -H "Authorization: Bearer $token" "$base/api/v1/me")"
  me3[$name]="${me3[$name]:-} $(rps -H "Authorization: Bearer $token" "$base/api/v1/me")"
  local w1 w2
  wrk -t1 -c8 -d60s -H "Authorization: Bearer $token" "$base/api/v1/me" >/dev/null &
  w1=$!
  wrk -t1 -c4 -d60s "$base/" >/dev/null &
  w2=$!
  wrk -t1 -c4 -d60s "$base/actuator/health/liveness" >/dev/null
  wait "$w1" "$w2"
  loaded[$name]="${loaded[$name]:-} $(rss)"
  stop_app
}
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round of $ROUNDS" >&2
  measure floor "$floor_jar" "$floor_app" "$floor_dir/target/app/floor.jsa"
  measure platform "$platform_jar" "$platform_app" target/app/platform.jsa
done
pgb -S -n -c 16 -j 2 -T "$T" >/dev/null 2>&1 # its tables into memory first
pgbench_tps=$(pgb -S -n -c 16 -j 2 -T "$T" 2>/dev/null | awk '/^tps/ {print int($3)}')

mean() { # the mean of the numbers given, one decimal
  local sum=0 n=0 x
  for x in "$@"; do sum=$(bc -l <<<"$sum + $x"); n=$((n + 1)); done
  printf '%.1f' "$(bc -l <<<"$sum / $n")"
}
row() { # LABEL ARRAY-NAME UNIT
  local -n values=$2
  # shellcheck disable=SC2086 # the values are blank-separated numbers
  printf '| %s | %s %s (%s) | %s %s (%s) |\n' "$1" "$(mean ${values[floor]})" "$3" "${values[floor]# }" \
    "$(mean ${values[platform]})" "$3" "${values[platform]# }"
}
{
  echo "| measurement (mean, then each round) | stack floor | platform |"
  echo "|---|---:|---:|"
  row "start to health UP, \`java -jar\`" plain s
  row "start to health UP, the README's launch" launch s
  row "VmRSS idle, right after that start" idle MB
  row "/api/v1/me, first $T s on the fresh JVM" me1 req/s
  row "/api/v1/me, next $T s" me2 req/s
  row "/api/v1/me, next $T s" me3 req/s
  row "VmRSS after 60 s of /me, home page and liveness" loaded MB
  echo "| pgbench -S (c=16, -j 2), same database server | $pgbench_tps tps | |"
  echo
  echo "_$(date +%F): scripts/stack-floor.sh, ROUNDS=$ROUNDS, JVM options of the README's launch: ${java_opts[*]}; $(nproc) CPUs._"
} | tee "$OUT/stack-floor.md"
