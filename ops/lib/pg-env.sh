# Sourced by ops/backup.sh and ops/restore.sh: the database connection from the same environment
# variables the servers use (LIS_PG_HOST, LIS_PG_PORT, LIS_PG_DATABASE, LIS_PG_USER, LIS_PG_PASSWORD).
# Where they are not set and the cluster of ops/cluster.sh exists, its settings are taken.
cluster_dir=${LIS_CLUSTER_DIR:-/tmp/lis-cluster}
if [ -z "${LIS_PG_PASSWORD:-}" ] && [ -f "$cluster_dir/secrets/pg-password" ]; then
    LIS_PG_HOST=${LIS_PG_HOST:-127.0.0.1}
    LIS_PG_PORT=${LIS_PG_PORT:-${LIS_CLUSTER_PG_PORT:-55532}}
    LIS_PG_DATABASE=${LIS_PG_DATABASE:-lis}
    LIS_PG_USER=${LIS_PG_USER:-lis}
    LIS_PG_PASSWORD=$(cat "$cluster_dir/secrets/pg-password")
    LIS_PG_SOCKET_DIR=${LIS_PG_SOCKET_DIR:-$cluster_dir/pgdata}
fi
for variable in LIS_PG_HOST LIS_PG_DATABASE LIS_PG_USER LIS_PG_PASSWORD; do
    if [ -z "${!variable:-}" ]; then
        echo "$(basename "$0"): set $variable (the database the servers use; see docs/operations.md)" >&2
        exit 2
    fi
done
export PGHOST=$LIS_PG_HOST PGPORT=${LIS_PG_PORT:-5432} PGUSER=$LIS_PG_USER PGPASSWORD=$LIS_PG_PASSWORD
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
pg_bin=${pg_bin:-$(dirname "$(command -v pg_dump)")}
