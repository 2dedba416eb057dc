#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh (.sql or .sql.gz) into the platform's database.
#
#   scripts/restore.sh [--clean] FILE
#
# A full or schema backup goes into an empty database; --clean first drops everything in the public schema (all
# current data is lost). A data-only backup goes into a database whose tables exist and are empty. Everything runs
# in one transaction: on any error nothing is changed.
# Target: DATABASE_URL, or the embedded PostgreSQL of a running platform (see scripts/lib/connection.sh).
set -euo pipefail
. "$(dirname "$0")/lib/connection.sh"

clean=false
file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --clean) clean=true ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    -*) fail "unknown option $1 (see --help)" ;;
    *) [ -z "$file" ] || fail "restore one file at a time"; file="$1" ;;
  esac
  shift
done
[ -n "$file" ] || fail "which backup? scripts/restore.sh [--clean] FILE"
[ -r "$file" ] || fail "cannot read $file"

require_command psql
resolve_database

read_backup() {
  case "$file" in
    *.gz) gzip -dc "$file" ;;
    *) cat "$file" ;;
  esac
}

created_tables=$(read_backup | grep -c '^CREATE TABLE' || true)
tables=$(psql -X -A -t -q -v ON_ERROR_STOP=1 "$DB_TARGET" \
  -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if ! $clean && [ "$created_tables" -gt 0 ] && [ "$tables" -gt 0 ]; then
  fail "$DB_LABEL is not empty ($tables tables): use --clean to replace its contents"
fi

{
  if $clean; then
    echo "DROP SCHEMA public CASCADE; CREATE SCHEMA public; GRANT USAGE ON SCHEMA public TO PUBLIC;"
  fi
  read_backup
} | psql -X -q -v ON_ERROR_STOP=1 --single-transaction "$DB_TARGET" > /dev/null

echo "Restored $file into $DB_LABEL"
