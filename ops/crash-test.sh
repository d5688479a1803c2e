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
# Needs the built war (target/lis-tender.war), the compiled tests (target/test-classes) and the Liberty
# runtime unpacked by an earlier integration-test build (target/liberty/wlp). Runs its own server
# `lisCrash` on CRASH_HTTP_PORT (default 9483) with demo data (the demo suppliers sandoz, abbvie and
# pfizer, the buyers kari and per, the administrator admin). The server runs a crash-test war,
# target/crash-test/lis-tender.war: the built war plus the integration tests' movable clock
# (no/lis/tender/it/clock: TestClock, TestClockProducer, TestClockResource at /api/test/clock, for the
# administrator). The tender keeps the legal time limits (deadline 35 days ahead); after the restart
# and the check of the receipts, the clock is moved past the deadline for the opening. The built war
# itself is not changed. Takes 2 to 4 minutes, most of it the two starts of the server.
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

clock=no/lis/tender/it/clock

[ -f target/lis-tender.war ] || { echo "crash-test: build the war first (mvn -B -o package -DskipTests)" >&2; exit 2; }
[ -f target/test-classes/$clock/TestClockResource.class ] \
    || { echo "crash-test: no test clock in target/test-classes; run an integration-test build once" >&2; exit 2; }
[ -x $wlp/bin/server ] || { echo "crash-test: no Liberty runtime in $wlp; run an integration-test build once" >&2; exit 2; }

$wlp/bin/server stop $name >/dev/null 2>&1 || true
rm -rf "$server_dir" "$state"
cleanup() {
    $wlp/bin/server stop $name >/dev/null 2>&1 || true
    if [ "$db" = postgresql ]; then ops/pg-test-cluster.sh stop "$(pwd)/$state/pg.state" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
mkdir -p "$server_dir/dropins" "$state"
cp server-config/*.xml "$server_dir/"
mkdir -p "$server_dir/jdbc"
# The JDBC driver of the database: as the build copied it into a test server (Derby always, PostgreSQL
# where its pass ran), or else the pom's version from the local Maven repository.
driver=$([ "$db" = postgresql ] && echo postgresql || echo derby)
find $wlp/usr/servers -path "*/jdbc/$driver*.jar" -not -path "$server_dir/*" -exec cp {} "$server_dir/jdbc/" \;
if [ -z "$(ls "$server_dir/jdbc")" ] && [ "$db" = postgresql ]; then
    version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
    copy="dependency:copy -Dartifact=org.postgresql:postgresql:$version -DoutputDirectory=$server_dir/jdbc"
    mvn -B -q -o $copy >/dev/null 2>&1 || mvn -B -q $copy
fi
[ -n "$(ls "$server_dir/jdbc")" ] || { echo "crash-test: no $driver JDBC driver in $wlp/usr/servers; run an integration-test build once" >&2; exit 2; }
# The crash-test war: the built war plus the tests' clock (its producer is an alternative enabled by its
# priority, so adding the classes is all it takes). Not the ProcessingTimeFilter of that package: it pins
# the clock per request for DeadlineRushIT, which this test has no use for.
mkdir -p "$state/war/WEB-INF/classes/$clock"
cp target/test-classes/$clock/{TestClock,TestClockProducer,TestClockResource}.class "$state/war/WEB-INF/classes/$clock/"
cp target/lis-tender.war "$state/lis-tender.war"
(cd "$state/war" && jar uf ../lis-tender.war WEB-INF)
cp "$state/lis-tender.war" "$server_dir/dropins/"
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
    grep -q '^skip=false' "$state/pg.state" || { echo "crash-test: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }
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
python3 ops/crash_client.py check "$port" "$state"
