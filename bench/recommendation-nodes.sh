#!/usr/bin/env bash
# Issue 11, item 7: the public recommendation (the page anonymous readers open, and its JSON API)
# through nginx with two nodes and with one, in the same run, on the cluster of ops/cluster.sh.
#
#   ops/cluster.sh start                 # PostgreSQL, node A, node B, nginx on 8443 (demo data)
#   bench/recommendation-nodes.sh        # DURATION=20s CONNECTIONS=16 THREADS=2 ROUNDS=2
#
# Each round measures, after a warm-up, the page /recommendations/recommendation.xhtml?id=N and
# GET /api/recommendations/N with both nodes up, then with node B killed (kill -9; nginx takes it
# out after its first failed request and sends everything to node A), then starts node B again.
# wrk keeps no cookies: every page request is a new anonymous reader. Needs curl and wrk, and runs
# wrk on the same machine as both nodes, PostgreSQL and nginx, so every figure includes them. Everything is
# HTTPS, as in production (the cluster's nginx redirects plain HTTP; wrk does not check the certificate).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
BASE=${BASE:-https://127.0.0.1:${LIS_CLUSTER_HTTPS:-8443}}
cluster_dir=${LIS_CLUSTER_DIR:-/tmp/lis-cluster}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-2}
cluster="$repo/ops/cluster.sh"

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

recommendation=$(curl -sf --cacert "$cluster_dir/nginx/tls.crt" "$BASE/api/recommendations" | sed -n 's/.*"recommendationId":\([0-9]*\).*/\1/p' | head -1)
[ -n "$recommendation" ] || { echo "no public recommendation at $BASE/api/recommendations (is ops/cluster.sh started?)" >&2; exit 1; }
page="$BASE/recommendations/recommendation.xhtml?id=$recommendation"
api="$BASE/api/recommendations/$recommendation"

check() {
    local status
    status=$(curl -s --cacert "$cluster_dir/nginx/tls.crt" -o /dev/null -w '%{http_code}' "$1")
    [ "$status" = 200 ] || { echo "$1 answered $status, not 200" >&2; exit 1; }
}

# wrk's summary: requests/s, and the share of non-2xx answers and socket errors (must be none)
measure() {
    local url=$1 out rps bad errors
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    errors=$(awk '/Socket errors/ {print}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    echo "${rps%.*} ${bad:-0} ${p50} ${p99} ${errors:+[$errors]}"
}

wait_ready() {
    for _ in $(seq 1 120); do
        [ "$(curl -s --cacert "$cluster_dir/secrets/node-tls.crt" -o /dev/null -w '%{http_code}' "https://127.0.0.1:$1/health/ready")" = 200 ] && return 0
        sleep 2
    done
    echo "node on $1 not ready" >&2; exit 1
}

node_b_port=$(echo "${LIS_NODE_B_PORTS:-9582/9945}" | cut -d/ -f2)
echo "Public recommendation $recommendation through nginx at $BASE; wrk -t$THREADS -c$CONNECTIONS -d$DURATION; load $(cut -d' ' -f1-3 /proc/loadavg)"
check "$page"; check "$api"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$page" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$api" >/dev/null

printf '%-6s %-6s %-8s %10s %8s %8s %8s\n' round nodes what 'req/s' non2xx p50 p99
for round in $(seq 1 "$ROUNDS"); do
    wait_ready "$node_b_port"
    read -r r b p50 p99 e < <(measure "$page"); printf '%-6s %-6s %-8s %10s %8s %8s %8s %s\n' "$round" 2 page "$r" "$b" "$p50" "$p99" "$e"
    read -r r b p50 p99 e < <(measure "$api");  printf '%-6s %-6s %-8s %10s %8s %8s %8s %s\n' "$round" 2 api "$r" "$b" "$p50" "$p99" "$e"
    "$cluster" kill-node B >/dev/null
    curl -s --cacert "$cluster_dir/nginx/tls.crt" -o /dev/null "$api"   # nginx's first failed try takes node B out
    read -r r b p50 p99 e < <(measure "$page"); printf '%-6s %-6s %-8s %10s %8s %8s %8s %s\n' "$round" 1 page "$r" "$b" "$p50" "$p99" "$e"
    read -r r b p50 p99 e < <(measure "$api");  printf '%-6s %-6s %-8s %10s %8s %8s %8s %s\n' "$round" 1 api "$r" "$b" "$p50" "$p99" "$e"
    "$cluster" start-node B >/dev/null
done
wait_ready "$node_b_port"
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
