#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 on 127.0.0.1 for tests and benchmarks.
# Prints exactly one line on stdout: the postgres:// URL. Everything else goes to stderr.
# Stop it with: bash scripts/stop-postgres.sh <url-or-data-dir>
# The data dir is /tmp/assent-pg-<port>.XXXX (the port in the name lets stop find it from the URL).
# fsync stays on: the collector's durability tests need real commit semantics.
set -euo pipefail

BIN=${ASSENT_PG_BIN:-}
if [ -z "$BIN" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && BIN=$candidate
  done
fi
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "start-postgres: no PostgreSQL binaries found (set ASSENT_PG_BIN)" >&2
  exit 1
fi

# Run a PostgreSQL binary as the unprivileged user when we are root (initdb refuses root).
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

PORT=${ASSENT_PG_PORT:-$(free_port)}
DIR=$(mktemp -d "/tmp/assent-pg-$PORT.XXXXXX")
chmod 755 "$DIR"
mkdir "$DIR/data" "$DIR/run"
[ "$(id -u)" = 0 ] && chown -R postgres: "$DIR"

as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1 || {
  cat "$DIR/initdb.log" >&2
  exit 1
}

as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w -t 60 start -o \
  "-h 127.0.0.1 -p $PORT -k $DIR/run -c fsync=on -c synchronous_commit=on -c max_connections=200" \
  >&2 || {
  cat "$DIR/postgres.log" >&2
  exit 1
}

as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres assent >&2
echo "$BIN" >"$DIR/bin"
echo "$PORT" >"$DIR/port"
echo "postgres://postgres@127.0.0.1:$PORT/assent"
