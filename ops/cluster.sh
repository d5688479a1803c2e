#!/usr/bin/env bash
# Two LIS Tender nodes on one machine, sharing one PostgreSQL database and one offer master key, behind
# nginx (HTTPS on 8443 with a self-signed certificate; plain HTTP on 8080 only redirects there). TLS end to
# end, as in production: the nodes keep TLS on (plain HTTP closed) and nginx reaches them over HTTPS, checking
# their certificate. See docs/operations.md.
#
#   ops/cluster.sh start            PostgreSQL, node A, node B, nginx (made on first start, kept after)
#   ops/cluster.sh stop             all of them (the data stays; `destroy` removes it)
#   ops/cluster.sh status           what runs, and each node's /health/ready
#   ops/cluster.sh start-node A|B   one node again (e.g. after the failover test killed it)
#   ops/cluster.sh kill-node A|B    kill -9 of a node's JVM (what the failover test does)
#   ops/cluster.sh upgrade WAR      a rolling upgrade: each node in turn stopped, given WAR, started
#                                   (only for a release whose schema changes are compatible, docs/operations.md)
#   ops/cluster.sh env              the environment a node gets (passwords masked)
#   ops/cluster.sh destroy          stop and remove the cluster's folder
#
# The nodes come from the production package (mvn -Pproduction clean package: target/lis-tender-server.zip),
# each a copy of its server `lis` with its own ports (http/https; the http port is closed with TLS on), and
# the certificate this script makes for them (secrets/node-tls.p12, given as LIS_TLS_KEYSTORE). A client
# trusts secrets/node-tls.crt on a node's own port and nginx/tls.crt on nginx's (curl --cacert FILE).
# Settings (all overridable from the environment):
#   LIS_CLUSTER_DIR (/tmp/lis-cluster)  LIS_CLUSTER_PG_PORT (55532)  LIS_CLUSTER_HTTP (8080)  LIS_CLUSTER_HTTPS (8443)
#   LIS_NODE_A_PORTS (9581/9944)  LIS_NODE_B_PORTS (9582/9945)  LIS_CLUSTER_ZIP (target/lis-tender-server.zip)
#   LIS_CLUSTER_DEMO (true: demo users and tenders, which the failover test uses; false for an empty database)
#   LIS_HOST_NAME (localhost: nginx's server_name and the certificate's name)
# As root, PostgreSQL runs as the `postgres` user (initdb refuses root).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
dir=${LIS_CLUSTER_DIR:-/tmp/lis-cluster}
pg_port=${LIS_CLUSTER_PG_PORT:-55532}
http_port=${LIS_CLUSTER_HTTP:-8080}
https_port=${LIS_CLUSTER_HTTPS:-8443}
node_a_ports=${LIS_NODE_A_PORTS:-9581/9944}
node_b_ports=${LIS_NODE_B_PORTS:-9582/9945}
zip=${LIS_CLUSTER_ZIP:-$repo/target/lis-tender-server.zip}
demo=${LIS_CLUSTER_DEMO:-true}
host_name=${LIS_HOST_NAME:-localhost}
database=${LIS_CLUSTER_DATABASE:-lis}
pg_user=lis

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
wlp=$dir/wlp
secrets=$dir/secrets
pgdata=$dir/pgdata

say() { echo "cluster: $*"; }
die() { echo "cluster: $*" >&2; exit 1; }

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

node_ports() { case "$1" in A) echo "$node_a_ports" ;; B) echo "$node_b_ports" ;; *) die "no node $1 (A or B)" ;; esac; }
node_dir() { echo "$wlp/usr/servers/lisNode$1"; }
node_https() { node_ports "$1" | cut -d/ -f2; }
node_pid() { cat "$wlp/usr/servers/.pid/lisNode$1.pid" 2>/dev/null || true; }
node_alive() { # a killed JVM can linger as a zombie where nothing reaps it: that is not alive
    local pid state; pid=$(node_pid "$1"); [ -n "$pid" ] || return 1
    state=$(ps -o stat= -p "$pid" 2>/dev/null || true)
    [ -n "$state" ] && [ "${state#Z}" = "$state" ]
}

pg_running() { [ -f "$pgdata/postmaster.pid" ] && as_pg "$bindir/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; }

start_postgresql() {
    [ -n "$bindir" ] && [ -x "$bindir/initdb" ] || die "PostgreSQL is not installed (apt-get install -y postgresql)"
    mkdir -p "$secrets"
    chmod 700 "$secrets"
    if [ ! -f "$pgdata/PG_VERSION" ]; then
        mkdir -p "$pgdata"
        chmod 700 "$pgdata"
        [ "$(id -u)" = 0 ] && chown postgres:postgres "$pgdata"
        # Local connections for the postgres superuser by socket only; the application's user by password over TCP.
        as_pg "$bindir/initdb" -D "$pgdata" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
            -E UTF8 --locale=C.UTF-8 >/dev/null
        [ "$(id -u)" = 0 ] || sed -i 's/^local\(.*\)peer$/local\1trust/' "$pgdata/pg_hba.conf"
        umask 077
        openssl rand -base64 24 | tr -d '\n/+=' > "$secrets/pg-password"
        umask 022
        say "PostgreSQL cluster made in $pgdata"
        created_pg=true
    fi
    if ! pg_running; then
        as_pg "$bindir/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 60 \
            -o "-p $pg_port -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    fi
    if [ "${created_pg:-false}" = true ]; then
        as_pg "$bindir/psql" -h "$pgdata" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q \
            -c "CREATE USER $pg_user PASSWORD '$(cat "$secrets/pg-password")'" \
            -c "CREATE DATABASE $database OWNER $pg_user" >/dev/null
    fi
    say "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port, database $database"
}

make_master_key() {
    if [ ! -f "$secrets/offer-master.key" ]; then
        (umask 077; openssl rand -base64 32 > "$secrets/offer-master.key")
        say "offer master key made: $secrets/offer-master.key (one file, shared by both nodes)"
    fi
}

# The nodes' own certificate, for the name nginx and the scripts reach them by (localhost, 127.0.0.1), in a
# PKCS12 keystore with a random password: what docs/operations.md (TLS) says a production node is given
# instead of Liberty's generated one. nginx checks the nodes against it (proxy_ssl_trusted_certificate).
make_node_certificate() {
    [ -f "$secrets/node-tls.p12" ] && return 0
    (
        umask 077
        openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=localhost" \
            -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
            -keyout "$secrets/node-tls.key" -out "$secrets/node-tls.crt" 2>/dev/null
        openssl rand -base64 24 | tr -d '\n/+=' > "$secrets/node-tls-password"
        openssl pkcs12 -export -name lis -in "$secrets/node-tls.crt" -inkey "$secrets/node-tls.key" \
            -passout "file:$secrets/node-tls-password" -out "$secrets/node-tls.p12"
    )
    chmod 644 "$secrets/node-tls.crt"
    say "the nodes' certificate (localhost, 127.0.0.1): $secrets/node-tls.crt, keystore $secrets/node-tls.p12"
}

make_nodes() {
    if [ ! -d "$wlp/usr/servers/lis" ]; then
        [ -f "$zip" ] || die "no production package at $zip: build it with 'mvn -Pproduction clean package'"
        say "unpacking $zip"
        unzip -q -o "$zip" -d "$dir"
    fi
    for node in A B; do
        local server; server=$(node_dir $node)
        if [ ! -d "$server" ]; then
            # Both nodes are copies of the one packaged server: the same application, configuration and
            # server.env (keystore and LTPA key passwords), so that a login made on one is valid on the other.
            cp -a "$wlp/usr/servers/lis" "$server"
            rm -rf "$server/workarea" "$server/logs"
            {
                echo "# node $node of ops/cluster.sh"
                echo "http.port=$(node_ports $node | cut -d/ -f1)"
                echo "https.port=$(node_ports $node | cut -d/ -f2)"
                echo "lis.sessions=database"
            } >> "$server/bootstrap.properties"
        fi
    done
}

# What every node gets: site settings as environment variables, as a production host would set them.
node_environment() {
    echo "LIS_PG_HOST=127.0.0.1"
    echo "LIS_PG_PORT=$pg_port"
    echo "LIS_PG_DATABASE=$database"
    echo "LIS_PG_USER=$pg_user"
    echo "LIS_PG_PASSWORD=$(cat "$secrets/pg-password")"
    echo "LIS_OFFER_MASTERKEY=$secrets/offer-master.key"
    echo "LIS_DEMO=$demo"
    echo "LIS_TLS_KEYSTORE=$secrets/node-tls.p12"
    echo "LIS_TLS_KEYSTORE_PASSWORD=$(cat "$secrets/node-tls-password")"
    echo "LIS_PROXIES_TRUSTED='127\.0\.0\.1'"   # nginx, which names the client in X-Forwarded-For
    echo "LIS_ARRIVAL_PROXYSECRET=$(proxy_secret)"   # nginx's arrival stamp counts (X-Request-Start)
}

# The secret nginx sends with its arrival stamp, so that the nodes believe the stamp (docs/operations.md,
# "Arrival stamped by the proxy"); made once, kept with the other secrets.
proxy_secret() {
    [ -f "$secrets/proxy-secret" ] || (umask 077; openssl rand -hex 24 > "$secrets/proxy-secret")
    cat "$secrets/proxy-secret"
}

node_health() { # node_health NODE [CURL OPTION...]: the node's /health/ready over HTTPS, its certificate checked
    local node=$1; shift
    curl -sS --cacert "$secrets/node-tls.crt" "$@" "https://127.0.0.1:$(node_https "$node")/health/ready" 2>/dev/null
}

wait_ready() {
    local node=$1 port; port=$(node_https "$1")
    for _ in $(seq 1 120); do
        if node_health "$node" -f -o /dev/null; then
            say "node $node ready on 127.0.0.1:$port"
            return 0
        fi
        node_alive "$node" || break
        sleep 2
    done
    die "node $node did not become ready; see $(node_dir "$node")/logs/messages.log"
}

start_node() {
    local node=$1 server; server=$(node_dir "$1")
    if node_alive "$node"; then say "node $node runs already"; return 0; fi
    # The LTPA keys are made by the first start of node A; node B takes the same file (both nodes must
    # accept the login cookie the other one issued).
    local keys=$wlp/usr/servers/lisNodeA/resources/security/ltpa.keys
    if [ "$node" = B ] && [ -f "$keys" ] && [ ! -f "$server/resources/security/ltpa.keys" ]; then
        mkdir -p "$server/resources/security"
        cp -p "$keys" "$server/resources/security/ltpa.keys"
    fi
    (
        set -a
        # shellcheck disable=SC1090
        source <(node_environment)
        set +a
        "$wlp/bin/server" start "lisNode$node" >/dev/null
    )
    wait_ready "$node"
}

nginx_conf() {
    local a b; a=$(node_https A); b=$(node_https B)
    cat <<EOF
# Made by ops/cluster.sh: a load balancer for the two nodes and the TLS end.
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 512; }
http {
    access_log $dir/nginx/access.log;
    client_body_temp_path $dir/nginx/tmp;
    proxy_temp_path $dir/nginx/tmp;
    fastcgi_temp_path $dir/nginx/tmp;
    uwsgi_temp_path $dir/nginx/tmp;
    scgi_temp_path $dir/nginx/tmp;
    client_max_body_size 25m;

    # A session stays on its node (affinity by the session cookie); a request without one goes anywhere.
    # The session is in the database as well, so when its node dies the next request is served by the
    # other node with the same session.
    map \$cookie_JSESSIONID \$lis_affinity {
        ""      \$request_id;
        default \$cookie_JSESSIONID;
    }
    upstream lis_nodes {
        hash \$lis_affinity consistent;
        server 127.0.0.1:$a max_fails=1 fail_timeout=15s;
        server 127.0.0.1:$b max_fails=1 fail_timeout=15s;
    }

    # Plain HTTP serves nothing: it sends the browser to HTTPS. The nodes' answers carry HSTS, so a browser
    # that has been here once goes to HTTPS by itself; the Secure cookies are never sent over plain HTTP.
    server {
        listen $http_port;
        server_name $host_name;
        return 301 https://\$host:$https_port\$request_uri;
    }

    server {
        listen $https_port ssl;
        server_name $host_name;
        ssl_certificate $dir/nginx/tls.crt;
        ssl_certificate_key $dir/nginx/tls.key;
        ssl_protocols TLSv1.2 TLSv1.3;

        # The node's metrics are for the operators' monitoring on the node's own port, not for the world.
        location /metrics { return 404; }

        location / {
            # TLS to the nodes as well (their plain HTTP is closed), and their certificate checked: the one
            # ops/cluster.sh made for them, for the name localhost. Where the nodes are on other hosts, give
            # proxy_ssl_trusted_certificate the nodes' certificates (or their CA) and proxy_ssl_name their name.
            proxy_pass https://lis_nodes;
            proxy_ssl_protocols TLSv1.2 TLSv1.3;
            proxy_ssl_trusted_certificate $secrets/node-tls.crt;
            proxy_ssl_verify on;
            proxy_ssl_name localhost;
            proxy_ssl_session_reuse on;
            # A node that refuses, dies or times out: the request goes to the other one, also a POST (a
            # request that died with its node has done nothing the database committed, or it has, and a
            # resubmission is refused or found by the application's own checks: version, receipt).
            proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;
            proxy_connect_timeout 2s;
            proxy_read_timeout 120s;
            # The application refuses a POST, PUT or DELETE whose Origin is not the Host it is given: the
            # host and port the browser addressed, so both are passed.
            proxy_set_header Host \$host:\$server_port;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # When nginx took the request in (seconds, with milliseconds), and the secret that makes the
            # nodes believe it: an offer taken in before the deadline is on time, however long it then waits.
            proxy_set_header X-Request-Start "t=\$msec";
            proxy_set_header X-Lis-Proxy-Secret $(proxy_secret);
            # Which node answered: for the failover test and for operators following a request.
            add_header X-LIS-Node \$upstream_addr always;
        }
    }
}
EOF
}

start_nginx() {
    command -v nginx >/dev/null || { say "installing nginx"; apt-get install -y nginx >/dev/null; }
    mkdir -p "$dir/nginx/tmp"
    if [ ! -f "$dir/nginx/tls.crt" ]; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=$host_name" \
            -addext "subjectAltName=DNS:$host_name,IP:127.0.0.1" \
            -keyout "$dir/nginx/tls.key" -out "$dir/nginx/tls.crt" 2>/dev/null
        chmod 600 "$dir/nginx/tls.key"
        say "self-signed certificate for $host_name: $dir/nginx/tls.crt"
    fi
    nginx_conf > "$dir/nginx/nginx.conf"
    if [ -f "$dir/nginx/nginx.pid" ] && kill -0 "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null; then
        nginx -c "$dir/nginx/nginx.conf" -p "$dir/nginx" -s reload
    else
        nginx -c "$dir/nginx/nginx.conf" -p "$dir/nginx" 2>&1 | grep -v "could not open error log file" || true
    fi
    say "nginx on https://$host_name:$https_port/ (http://$host_name:$http_port/ redirects there)"
}

stop_all() {
    if [ -f "$dir/nginx/nginx.pid" ] && kill -0 "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null; then
        nginx -c "$dir/nginx/nginx.conf" -p "$dir/nginx" -s quit 2>/dev/null || true
        say "nginx stopped"
    fi
    for node in A B; do
        if node_alive "$node"; then
            "$wlp/bin/server" stop "lisNode$node" >/dev/null || true
            say "node $node stopped"
        fi
    done
    if [ -n "$bindir" ] && pg_running; then
        as_pg "$bindir/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null
        say "PostgreSQL stopped"
    fi
}

status() {
    if [ -n "$bindir" ] && pg_running; then say "PostgreSQL runs on 127.0.0.1:$pg_port"; else say "PostgreSQL is stopped"; fi
    for node in A B; do
        if node_alive "$node"; then
            say "node $node runs (pid $(node_pid "$node")): $(node_health "$node" | tr -d '\n ' | cut -c1-120)"
        else
            say "node $node is stopped"
        fi
    done
    if [ -f "$dir/nginx/nginx.pid" ] && kill -0 "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null; then
        say "nginx runs on $https_port (HTTPS) and $http_port (redirects to HTTPS)"
    else
        say "nginx is stopped"
    fi
}

case "${1:-}" in
start)
    mkdir -p "$dir"
    start_postgresql
    make_master_key
    make_node_certificate
    make_nodes
    start_node A
    start_node B
    start_nginx
    ;;
start-node) start_node "${2:?node A or B}" ;;
kill-node)
    pid=$(node_pid "${2:?node A or B}")
    [ -n "$pid" ] || die "node $2 has no pid"
    kill -9 "$pid"
    say "node $2 (pid $pid) killed with kill -9"
    ;;
upgrade)
    war=${2:?the new lis-tender.war}
    [ -f "$war" ] || die "no file $war"
    for node in A B; do
        if node_alive "$node"; then "$wlp/bin/server" stop "lisNode$node" >/dev/null; fi
        cp "$war" "$(node_dir "$node")/dropins/lis-tender.war"
        say "node $node stopped and given $war; nginx sends its requests to the other node meanwhile"
        start_node "$node"
    done
    ;;
stop) stop_all ;;
status) status ;;
env) node_environment | sed 's/\(PASSWORD=\|SECRET=\).*/\1********/' ;;
destroy)
    stop_all
    rm -rf "$dir"
    say "removed $dir"
    ;;
*)
    sed -n '2,/^[^#]/p' "$0" | sed '$d; s/^# \{0,1\}//'
    exit 2
    ;;
esac
