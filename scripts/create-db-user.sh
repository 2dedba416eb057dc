#!/usr/bin/env bash
# Creates the least-privilege account the platform runs as (the schema document's "Database User Creation", narrowed):
# it may read, insert, update and delete the rows of every table and use every sequence of the public schema, now
# and later, and nothing more: no TRUNCATE, no DDL, no REFERENCES or TRIGGER.
#
#   DB_APP_PASSWORD='...' scripts/create-db-user.sh
#
# Run it as the account that owns the schema and runs the migrations (DATABASE_URL with that account), so that
# the default privileges cover the tables later migrations create. Creating the login role needs CREATEROLE (or a
# superuser); without it, have a superuser create the role first (CREATE ROLE resultinstitute_user LOGIN PASSWORD
# '...') and run the script as the owner all the same: it then only grants. DB_APP_USER names the account (default
# resultinstitute_user). Running it again updates the password (where the owner may) and re-applies the grants,
# taking back any privilege beyond these (earlier versions granted ALL).
set -euo pipefail
. "$(dirname "$0")/lib/connection.sh"

app_user="${DB_APP_USER:-resultinstitute_user}"
case "$app_user" in *[!a-z0-9_]* | '') fail "DB_APP_USER may hold only lower-case letters, digits and _" ;; esac
export DB_APP_PASSWORD="${DB_APP_PASSWORD:-}"

require_command psql
resolve_database

# Does the role exist, and may the account we run as create roles?
state=$(psql -X -q -At -F ' ' -v ON_ERROR_STOP=1 -v app_user="$app_user" "$DB_TARGET" <<'SQL'
SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app_user'), rolsuper OR rolcreaterole, current_user
FROM pg_roles WHERE rolname = current_user;
SQL
)
read -r role_exists may_create_roles owner <<<"$state"
if [ "$role_exists" != t ]; then
  [ "$may_create_roles" = t ] ||
    fail "$owner may not create the role $app_user (it lacks CREATEROLE): have a superuser run CREATE ROLE $app_user LOGIN PASSWORD '...'; (or ALTER ROLE $owner CREATEROLE;), then run this script again"
  [ -n "$DB_APP_PASSWORD" ] || fail "set DB_APP_PASSWORD to the new account's password (it is never stored in the repository)"
fi

# The password travels through the environment (printenv), never on a command line that ps could show.
psql -X -q -v ON_ERROR_STOP=1 -v app_user="$app_user" "$DB_TARGET" <<'SQL'
\set app_password `printenv DB_APP_PASSWORD`
SELECT set_config('resultinstitute.app_user', :'app_user', false),
       set_config('resultinstitute.app_password', :'app_password', false) \g /dev/null
DO $$
DECLARE
  app_user text := current_setting('resultinstitute.app_user');
  app_password text := current_setting('resultinstitute.app_password');
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app_user) THEN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', app_user, app_password);
  ELSIF app_password <> '' THEN
    BEGIN
      EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', app_user, app_password);
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'The password of % is left as it was: % may not change it (CREATEROLE).', app_user, current_user;
    END;
  END IF;
END
$$;
SELECT set_config('resultinstitute.app_password', '', false) \g /dev/null
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'app_user') \gexec
-- PostgreSQL 15 already denies CREATE in public to everyone else; on 14 this makes it so.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app_user') \gexec
-- Rows only: no TRUNCATE (which would empty a table at once), no REFERENCES, no TRIGGER; sequences for their ids.
SELECT format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', :'app_user') \gexec
SELECT format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', :'app_user') \gexec
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', :'app_user') \gexec
SELECT format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', :'app_user') \gexec
-- The same for what the owner (who runs this script and the migrations) creates later.
SELECT format('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM %I', :'app_user') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM %I', :'app_user') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
              :'app_user') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', :'app_user') \gexec
SQL

echo "Account $app_user can now use $DB_LABEL: run the platform with DATABASE_USERNAME=$app_user"
