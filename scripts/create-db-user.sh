#!/usr/bin/env bash
# Creates the least-privilege account the platform runs as (the schema document's "Database User Creation"):
# it may read and write every table and sequence of the public schema, now and later, and nothing more.
#
#   DB_APP_PASSWORD='...' scripts/create-db-user.sh
#
# Run it as the account that owns the schema and runs the migrations (DATABASE_URL with that account), so that
# the default privileges cover the tables later migrations create. DB_APP_USER names the account (default
# resultinstitute_user). Running it again updates the password and re-applies the grants.
set -euo pipefail
. "$(dirname "$0")/lib/connection.sh"

[ -n "${DB_APP_PASSWORD:-}" ] || fail "set DB_APP_PASSWORD to the new account's password (it is never stored in the repository)"
app_user="${DB_APP_USER:-resultinstitute_user}"
case "$app_user" in *[!a-z0-9_]* | '') fail "DB_APP_USER may hold only lower-case letters, digits and _" ;; esac

require_command psql
resolve_database

# The password travels through the environment (printenv), never on a command line that ps could show.
psql -X -q -v ON_ERROR_STOP=1 -v app_user="$app_user" "$DB_TARGET" <<'SQL'
\set app_password `printenv DB_APP_PASSWORD`
SELECT format('CREATE ROLE %I LOGIN', :'app_user')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app_user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'app_user', :'app_password') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'app_user') \gexec
-- PostgreSQL 15 already denies CREATE in public to everyone else; on 14 this makes it so.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app_user') \gexec
SELECT format('GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO %I', :'app_user') \gexec
SELECT format('GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO %I', :'app_user') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL PRIVILEGES ON TABLES TO %I', :'app_user') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL PRIVILEGES ON SEQUENCES TO %I', :'app_user') \gexec
SQL

echo "Account $app_user can now use $DB_LABEL: run the platform with DATABASE_USERNAME=$app_user"
