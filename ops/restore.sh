#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into a fresh, empty database:
#   ops/restore.sh FILE DATABASE
# The database must not exist or be empty: a restore never overwrites. It is created owned by LIS_PG_USER,
# by that user if it may create databases, else by the PostgreSQL superuser through the local socket
# (LIS_PG_SOCKET_DIR, default /var/run/postgresql; as root, run as the `postgres` user). The restored objects
# belong to LIS_PG_USER, the user the servers connect as. Then start the servers with LIS_PG_DATABASE=DATABASE
# and the same offer master key file: sealed offers open as before (docs/operations.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
file=${1:?usage: restore.sh FILE DATABASE}
target=${2:?usage: restore.sh FILE DATABASE}
# shellcheck source=lib/pg-env.sh
source "$here/lib/pg-env.sh"
[ -f "$file" ] || { echo "restore: no file $file" >&2; exit 2; }
if [ -f "$file.sha256" ]; then
    (cd "$(dirname "$file")" && sha256sum --quiet -c "$(basename "$file").sha256") \
        || { echo "restore: $file does not match its checksum $file.sha256" >&2; exit 1; }
fi

exists=$("$pg_bin/psql" -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$target'" 2>/dev/null || true)
if [ "$exists" = 1 ]; then
    tables=$("$pg_bin/psql" -d "$target" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
    [ "$tables" = 0 ] || { echo "restore: database $target exists and holds $tables tables; restore into a fresh one" >&2; exit 1; }
elif ! "$pg_bin/createdb" -O "$LIS_PG_USER" "$target" 2>/dev/null; then
    socket=${LIS_PG_SOCKET_DIR:-/var/run/postgresql}
    as_admin=()
    [ "$(id -u)" = 0 ] && as_admin=(runuser -u postgres --)
    env -u PGHOST -u PGUSER -u PGPASSWORD "${as_admin[@]}" "$pg_bin/createdb" -h "$socket" -p "$PGPORT" \
        -O "$LIS_PG_USER" "$target"
fi
"$pg_bin/pg_restore" --exit-on-error --no-owner --no-privileges --single-transaction --dbname="$target" "$file"
changesets=$("$pg_bin/psql" -d "$target" -Atc "SELECT count(*) FROM databasechangelog")
tables=$("$pg_bin/psql" -d "$target" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
echo "restore: $file -> database $target on $PGHOST:$PGPORT ($tables tables, $changesets changesets applied)"
