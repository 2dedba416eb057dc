# Sourced by the scripts: works out which PostgreSQL to talk to, as the platform does.
#  - DATABASE_URL set (postgresql://user:pass@host:5432/db or jdbc:postgresql://host:5432/db), with
#    DATABASE_USERNAME / DATABASE_PASSWORD winning over the URL's own credentials;
#  - otherwise the embedded PostgreSQL of a running platform, found through APP_DATA_DIR (default ./data).
# Sets DB_TARGET (a libpq connection URI) and DB_LABEL (for messages, without password).

fail() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

require_command() {
  command -v "$1" >/dev/null 2>&1 ||
    fail "needs '$1' from the PostgreSQL client tools (Debian/Ubuntu: apt-get install postgresql-client)"
}

resolve_database() {
  if [ -n "${DATABASE_URL:-}" ]; then
    DB_TARGET="${DATABASE_URL#jdbc:}"
    case "$DB_TARGET" in
      postgresql://* | postgres://*) ;;
      *) fail "DATABASE_URL is not a PostgreSQL URL (postgresql://user:password@host:5432/database)" ;;
    esac
    [ -n "${DATABASE_USERNAME:-}" ] && export PGUSER="$DATABASE_USERNAME"
    [ -n "${DATABASE_PASSWORD:-}" ] && export PGPASSWORD="$DATABASE_PASSWORD"
    DB_LABEL=$(printf '%s' "$DB_TARGET" | sed -E 's#//([^:/@]*):[^@/]*@#//\1:***@#; s#(password=)[^&]*#\1***#')
  else
    local pidfile="${APP_DATA_DIR:-./data}/postgres/postmaster.pid"
    [ -f "$pidfile" ] ||
      fail "no DATABASE_URL, and no embedded PostgreSQL running with its data in ${APP_DATA_DIR:-./data}/postgres: start the platform (./mvnw spring-boot:run) or set DATABASE_URL"
    local port
    port=$(sed -n '4p' "$pidfile")
    DB_TARGET="postgresql://postgres@localhost:${port}/resultinstitute_db"
    DB_LABEL="embedded PostgreSQL (localhost:${port}/resultinstitute_db)"
  fi
}
