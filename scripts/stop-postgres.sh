#!/usr/bin/env bash
# Stop a PostgreSQL started by scripts/start-postgres.sh and remove its data dir.
# Usage: bash scripts/stop-postgres.sh postgres://postgres@127.0.0.1:PORT/assent
#    or: bash scripts/stop-postgres.sh /tmp/assent-pg-PORT.XXXXXX
set -euo pipefail
target=${1:?usage: stop-postgres.sh <url-or-data-dir>}

if [ -d "$target" ]; then
  dirs=("$target")
else
  port=$(printf '%s' "$target" | sed -E 's#^postgres(ql)?://[^@/]*@?[^:/]*:([0-9]+).*#\2#')
  case $port in '' | *[!0-9]*) echo "stop-postgres: no port in $target" >&2; exit 1 ;; esac
  shopt -s nullglob
  dirs=(/tmp/assent-pg-"$port".*)
fi
[ ${#dirs[@]} -gt 0 ] || { echo "stop-postgres: nothing to stop for $target" >&2; exit 1; }

for dir in "${dirs[@]}"; do
  bin=$(cat "$dir/bin" 2>/dev/null || true)
  [ -n "$bin" ] || { for c in /usr/lib/postgresql/*/bin; do bin=$c; done; }
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  else
    "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
done
