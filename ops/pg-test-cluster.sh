#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the integration tests: `start` makes a fresh, empty cluster on
# 127.0.0.1:${LIS_PG_TEST_PORT:-55432} with the database and user the tests use, `stop` removes it.
# Run by `mvn verify` (pre- and post-integration-test). Needs Debian's PostgreSQL server
# (apt-get install postgresql); without it the PostgreSQL pass is skipped, except in CI (CI=true),
# where that is an error. As root, the cluster runs as the `postgres` user (initdb refuses root).
set -euo pipefail

action=${1:?usage: pg-test-cluster.sh start|stop STATE_FILE}
state=${2:?usage: pg-test-cluster.sh start|stop STATE_FILE}
port=${LIS_PG_TEST_PORT:-55432}
database=lis_test
user=lis_test
password=lis_test

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    "$0" stop "$state" >/dev/null 2>&1 || true
    mkdir -p "$(dirname "$state")"
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        if [ "${CI:-}" = "true" ]; then
            echo "pg-test-cluster: PostgreSQL is not installed, but CI requires the PostgreSQL pass (apt-get install postgresql)" >&2
            exit 1
        fi
        echo "pg-test-cluster: PostgreSQL is not installed; the integration tests on PostgreSQL are skipped"
        echo "skip=true" > "$state"
        exit 0
    fi
    data=$(mktemp -d /tmp/lis-pg-test.XXXXXX)
    chmod 700 "$data"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
    as_owner "$bindir/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    as_owner "$bindir/psql" -h "$data" -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE USER $user PASSWORD '$password'" -c "CREATE DATABASE $database OWNER $user" >/dev/null
    printf 'skip=false\ndata=%s\nbindir=%s\n' "$data" "$bindir" > "$state"
    echo "pg-test-cluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $data)"
    ;;
stop)
    [ -f "$state" ] || exit 0
    data=$(sed -n 's/^data=//p' "$state")
    bindir=$(sed -n 's/^bindir=//p' "$state")
    if [ -n "$data" ] && [ -d "$data" ]; then
        as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$data"
    fi
    rm -f "$state"
    ;;
*)
    echo "usage: pg-test-cluster.sh start|stop STATE_FILE" >&2
    exit 2
    ;;
esac
