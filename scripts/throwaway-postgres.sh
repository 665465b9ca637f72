#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 server on a free loopback port, then stops it.
#   scripts/throwaway-postgres.sh COMMAND...   (COMMAND sees TEST_DATABASE_URL)
# Needs the Debian postgresql package (binaries in /usr/lib/postgresql/15/bin) and root or the postgres user.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -x "$PGBIN/postgres" ] || { echo "PostgreSQL 15 is not installed in $PGBIN (apt-get install postgresql)" >&2; exit 1; }

pgdata=$(mktemp -d /tmp/outfall-pg.XXXXXX)
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$pgdata"

stop() {
  as_pg "$PGBIN/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdata"
}
trap stop EXIT

as_pg "$PGBIN/initdb" -D "$pgdata" -U postgres -A trust --no-sync >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w \
  -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port"

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
"$@"
