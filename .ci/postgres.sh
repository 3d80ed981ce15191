#!/usr/bin/env bash
# Start a local PostgreSQL for the adapters/postgres tests and print the line
# that points them at it:
#
#   eval "$(.ci/postgres.sh)"      # sets BRIEFBOT_TEST_POSTGRES_URL
#   go test -race ./adapters/postgres
#
# Idempotent: run it as often as you like. Runs as root on Debian (or a
# Debian-based image): installs the postgresql package if it is missing,
# creates and starts the cluster, creates the role briefbot (password
# briefbot) and the database briefbot_test it owns, and waits until the
# server accepts connections. Progress goes to stderr; stdout is only the
# export line.
set -euo pipefail

DB_USER=briefbot
DB_PASSWORD=briefbot
DB_NAME=briefbot_test
CLUSTER=main

log() { printf 'postgres.sh: %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "run me as root (I install packages and start the server as the postgres user)"
  exit 1
fi

# 1. The package.
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
fi
PG_VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)

# 2. The cluster (the package normally creates it; a slimmed image may not).
if ! pg_lsclusters -h "$PG_VERSION" "$CLUSTER" >/dev/null 2>&1 ||
   [ -z "$(pg_lsclusters -h "$PG_VERSION" "$CLUSTER" 2>/dev/null)" ]; then
  log "creating cluster $PG_VERSION/$CLUSTER"
  pg_createcluster "$PG_VERSION" "$CLUSTER" >&2
fi
PORT=$(pg_lsclusters -h "$PG_VERSION" "$CLUSTER" | awk '{print $3}')

# 3. The server.
if ! pg_ctlcluster "$PG_VERSION" "$CLUSTER" status >/dev/null 2>&1; then
  log "starting cluster $PG_VERSION/$CLUSTER on port $PORT"
  pg_ctlcluster "$PG_VERSION" "$CLUSTER" start >&2
fi
for i in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then
    break
  fi
  if [ "$i" -eq 60 ]; then
    log "the server is not accepting connections on 127.0.0.1:$PORT after 60 s"
    tail -n 20 "/var/log/postgresql/postgresql-$PG_VERSION-$CLUSTER.log" >&2 || true
    exit 1
  fi
  sleep 1
done

# 4. The role and the database.
psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"; }
psql_admin -d postgres >&2 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END
\$\$;
SQL
if [ "$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
  log "creating database $DB_NAME"
  # UTF8 whatever the cluster's locale; the C locale suits any encoding.
  runuser -u postgres -- createdb -p "$PORT" -O "$DB_USER" -E UTF8 -T template0 \
    --lc-collate=C --lc-ctype=C "$DB_NAME"
fi

# 5. Check that the test user can log in over TCP with its password.
URL="postgres://$DB_USER:$DB_PASSWORD@127.0.0.1:$PORT/$DB_NAME?sslmode=disable"
if ! psql -X -q -d "$URL" -tAc 'SELECT 1' >/dev/null; then
  log "cannot connect as $DB_USER to 127.0.0.1:$PORT/$DB_NAME"
  exit 1
fi
log "ready: PostgreSQL $PG_VERSION on 127.0.0.1:$PORT, database $DB_NAME"
echo "export BRIEFBOT_TEST_POSTGRES_URL='$URL'"
