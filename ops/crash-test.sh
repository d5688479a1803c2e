#!/usr/bin/env bash
# Crash test (issue 10): a burst of offer submissions, `kill -9` of the Liberty JVM in the middle of
# it, a restart on the same database, then the check that nothing was lost or half-written: every
# receipt a supplier got is on its offer with the same number and SHA-256, every offer can be read
# back (draft, submission, receipts' lots: each sealed value passes its authentication), and, after
# the deadline, the two-buyer opening opens every submitted offer INTACT with its last receipt.
#
#   ops/crash-test.sh                 # embedded Derby (the default)
#   LIS_DB=postgresql ops/crash-test.sh   # a throw-away PostgreSQL cluster (ops/pg-test-cluster.sh)
#
# Needs the built war (target/lis-tender.war) and the Liberty runtime unpacked by an earlier
# integration-test build (target/liberty/wlp). Runs its own server `lisCrash` on CRASH_HTTP_PORT
# (default 9483) with demo data (the demo suppliers sandoz, abbvie and pfizer, the buyers kari and per).
# Takes about 5 minutes: the tender's deadline is a few minutes after the burst.
set -euo pipefail
cd "$(dirname "$0")/.."

name=lisCrash
port=${CRASH_HTTP_PORT:-9483}
https_port=${CRASH_HTTPS_PORT:-9846}
burst_seconds=${CRASH_BURST_SECONDS:-8}
wlp=target/liberty/wlp
server_dir=$wlp/usr/servers/$name
state=target/crash-test
db=${LIS_DB:-derby}

[ -f target/lis-tender.war ] || { echo "crash-test: build the war first (mvn -B -o package -DskipTests)" >&2; exit 2; }
[ -x $wlp/bin/server ] || { echo "crash-test: no Liberty runtime in $wlp; run an integration-test build once" >&2; exit 2; }

$wlp/bin/server stop $name >/dev/null 2>&1 || true
rm -rf "$server_dir" "$state"
mkdir -p "$server_dir/dropins" "$state"
cp server-config/*.xml "$server_dir/"
mkdir -p "$server_dir/jdbc"
# the JDBC drivers, as the build copied them into the test servers (Derby; PostgreSQL where its pass ran)
find $wlp/usr/servers -path "*/jdbc/*.jar" -not -path "$server_dir/*" -exec cp {} "$server_dir/jdbc/" \;
[ -n "$(ls "$server_dir/jdbc")" ] || { echo "crash-test: no JDBC drivers in $wlp/usr/servers; run an integration-test build once" >&2; exit 2; }
cp target/lis-tender.war "$server_dir/dropins/"
cat > "$server_dir/bootstrap.properties" <<PROPS
http.port=$port
https.port=$https_port
lis.demo=true
lis.tls=false
lis.db=$db
lis.offer.masterkey=$(pwd)/$state/offer-master.key
PROPS
# Liberty needs these for its keystore and LTPA keys (as the build writes them for the test servers)
printf 'keystore_password=%s\nltpa_keys_password=%s\n' "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" \
    "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" > "$server_dir/server.env"
if [ "$db" = postgresql ]; then
    export LIS_PG_TEST_PORT=${LIS_PG_TEST_PORT:-55483}
    ops/pg-test-cluster.sh start "$(pwd)/$state/pg.state"
    trap 'ops/pg-test-cluster.sh stop "$(pwd)/$state/pg.state" >/dev/null 2>&1 || true' EXIT
    cat >> "$server_dir/bootstrap.properties" <<PROPS
lis.pg.host=127.0.0.1
lis.pg.port=$LIS_PG_TEST_PORT
lis.pg.database=lis_test
lis.pg.user=lis_test
lis.pg.password=lis_test
PROPS
fi

start_server() {
    $wlp/bin/server start $name >/dev/null
    python3 ops/crash_client.py wait "$port"
}

echo "crash-test: starting $name on port $port ($db)"
start_server
python3 ops/crash_client.py prepare "$port" "$state"
python3 ops/crash_client.py burst "$port" "$state" &
client=$!
sleep "$burst_seconds"
pid=$(cat $wlp/usr/servers/.pid/$name.pid)
echo "crash-test: kill -9 $pid in the middle of the burst"
kill -9 "$pid"
wait $client || true
echo "crash-test: restarting on the same database"
start_server
status=0
python3 ops/crash_client.py check "$port" "$state" || status=$?
$wlp/bin/server stop $name >/dev/null 2>&1 || true
exit $status
