#!/usr/bin/env bash
# Backs up the platform's database with pg_dump, as the schema document's backup script does.
#
#   scripts/backup.sh [--gzip] [--schema-only | --data-only] [--dir DIR] [--retention-days N]
#
# Writes DIR/backup_YYYYMMDD_HHMMSS.sql (.sql.gz with --gzip; schema_backup_* or data_backup_* for the partial
# kinds) into BACKUP_DIR (default ./backups), then deletes backups older than BACKUP_RETENTION_DAYS (default 30).
# Target: DATABASE_URL, or the embedded PostgreSQL of a running platform (see scripts/lib/connection.sh).
set -euo pipefail
. "$(dirname "$0")/lib/connection.sh"

gzip_output=false
kind=""
backup_dir="${BACKUP_DIR:-./backups}"
retention_days="${BACKUP_RETENTION_DAYS:-30}"
while [ $# -gt 0 ]; do
  case "$1" in
    --gzip) gzip_output=true ;;
    --schema-only | --data-only)
      [ -z "$kind" ] || fail "choose one of --schema-only and --data-only"
      kind="$1" ;;
    --dir) shift; backup_dir="${1:?--dir needs a directory}" ;;
    --retention-days) shift; retention_days="${1:?--retention-days needs a number}" ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) fail "unknown option $1 (see --help)" ;;
  esac
  shift
done
case "$retention_days" in '' | *[!0-9]*) fail "--retention-days needs a whole number of days" ;; esac

require_command pg_dump
resolve_database

prefix=backup
dump_options=(--no-owner --no-privileges)
case "$kind" in
  --schema-only) prefix=schema_backup; dump_options+=(--schema-only) ;;
  --data-only) prefix=data_backup; dump_options+=(--data-only --exclude-table-data=flyway_schema_history) ;;
esac

mkdir -p "$backup_dir"
file="$backup_dir/${prefix}_$(date +%Y%m%d_%H%M%S).sql"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
if $gzip_output; then
  file="$file.gz"
  pg_dump "${dump_options[@]}" "$DB_TARGET" | gzip > "$partial"
else
  pg_dump "${dump_options[@]}" "$DB_TARGET" > "$partial"
fi
mv "$partial" "$file"

find "$backup_dir" -maxdepth 1 \( -name 'backup_*.sql*' -o -name 'schema_backup_*.sql*' -o -name 'data_backup_*.sql*' \) \
  -mtime +"$retention_days" -delete

echo "Backup of $DB_LABEL completed: $file"
