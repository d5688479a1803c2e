#!/usr/bin/env bash
# A backup of the LIS Tender database with pg_dump, taken while the servers run (a consistent snapshot):
#   ops/backup.sh [FILE]      (default: lis-YYYYmmdd-HHMMSS.dump in $LIS_BACKUP_DIR or the current folder)
# Connection from LIS_PG_HOST, LIS_PG_PORT, LIS_PG_DATABASE, LIS_PG_USER, LIS_PG_PASSWORD (as the servers).
# PostgreSQL's custom format (compressed; pg_restore can restore it table by table). The HTTP sessions
# are left out (their rows would log people in again on a restored system). The offer master key is
# NOT in the backup, by design: keep it apart (docs/operations.md, Backup and restore).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/pg-env.sh
source "$here/lib/pg-env.sh"
file=${1:-${LIS_BACKUP_DIR:-.}/lis-$(date +%Y%m%d-%H%M%S).dump}
mkdir -p "$(dirname "$file")"
umask 077
"$pg_bin/pg_dump" --format=custom --no-owner --no-privileges --exclude-table-data=lis_http_sessions \
    --dbname="$LIS_PG_DATABASE" --file="$file"
sha256sum "$file" > "$file.sha256"
tables=$("$pg_bin/pg_restore" --list "$file" | grep -c ' TABLE DATA ' || true)
echo "backup: $LIS_PG_DATABASE on $PGHOST:$PGPORT -> $file ($(du -h "$file" | cut -f1), $tables tables, sha256 in $file.sha256)"
