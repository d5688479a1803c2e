#!/usr/bin/env bash
# Issue 10, goal 5: an authenticated GET /api/tenders (personal API token) must serve at least half
# the requests per second of the public GET /api/recommendations/{id}, measured side by side in one
# run. Also measures HTTP Basic (PBKDF2, cached a few minutes per credential) for comparison.
#
#   bench/api-auth.sh [base-url] [user:password]
#     base-url       default http://localhost:9080 (mvn liberty:run); a running server with demo data
#     user:password  a user who may list tenders (default kari:Demo!2026)
#   DURATION=10s CONNECTIONS=32 THREADS=2 ROUNDS=3 bench/api-auth.sh
#
# The two endpoints are measured alternately, ROUNDS times each after a warm-up, so that a change in
# the machine's load during the run hits both; the medians are compared. Needs curl and wrk.
set -euo pipefail

BASE=${1:-http://localhost:9080}
CREDENTIALS=${2:-kari:Demo!2026}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

issued=$(curl -sf -u "$CREDENTIALS" -H 'Content-Type: application/json' \
    -d '{"name":"bench/api-auth.sh","validDays":1}' "$BASE/api/me/tokens")
token=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$issued")
token_id=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' <<<"$issued")
[ -n "$token" ] || { echo "could not issue a token: $issued" >&2; exit 1; }
trap 'curl -s -o /dev/null -u "$CREDENTIALS" -X DELETE "$BASE/api/me/tokens/$token_id"' EXIT

recommendation=$(curl -sf "$BASE/api/recommendations" | sed -n 's/.*"recommendationId":\([0-9]*\).*/\1/p' | head -1)
[ -n "$recommendation" ] || { echo "no public recommendation at $BASE/api/recommendations" >&2; exit 1; }

basic=$(printf '%s' "$CREDENTIALS" | base64 -w0)
tenders="$BASE/api/tenders"
public="$BASE/api/recommendations/$recommendation"

check() { # every answer must be 200, or the figure means nothing
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' "$@")
    [ "$status" = 200 ] || { echo "expected 200, got $status: $*" >&2; exit 1; }
}
check -H "Authorization: Bearer $token" "$tenders"
check -H "Authorization: Basic $basic" "$tenders"
check "$public"

rps() { # requests per second of one wrk run; refuses a run with non-2xx answers
    local out value
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" "${@:2}" 2>&1)
    value=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    if grep -qE 'Non-2xx|unable to connect' <<<"$out" || [ -z "$value" ]; then
        echo "a run with errors does not count: $out" >&2
        exit 1
    fi
    echo "$value"
}

median() { tr ' ' '\n' <<<"$*" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "# $(date -u +%FT%TZ) $BASE, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS alternating rounds after a 5 s warm-up of each"
rps 5s -H "Authorization: Bearer $token" "$tenders" >/dev/null
rps 5s -H "Authorization: Basic $basic" "$tenders" >/dev/null
rps 5s "$public" >/dev/null

bearer_runs=() basic_runs=() public_runs=()
for round in $(seq "$ROUNDS"); do
    bearer_runs+=("$(rps "$DURATION" -H "Authorization: Bearer $token" "$tenders")") || exit 1
    public_runs+=("$(rps "$DURATION" "$public")") || exit 1
    basic_runs+=("$(rps "$DURATION" -H "Authorization: Basic $basic" "$tenders")") || exit 1
    echo "round $round: bearer ${bearer_runs[-1]}  public ${public_runs[-1]}  basic ${basic_runs[-1]} requests/s"
done

bearer=$(median "${bearer_runs[@]}")
public_median=$(median "${public_runs[@]}")
basic_median=$(median "${basic_runs[@]}")
ratio=$(awk -v a="$bearer" -v b="$public_median" 'BEGIN {printf "%.2f", a / b}')
echo "GET /api/tenders, Bearer token:        $bearer requests/s (median)"
echo "GET /api/tenders, HTTP Basic:          $basic_median requests/s (median)"
echo "GET /api/recommendations/$recommendation, public: $public_median requests/s (median)"
echo "token / public = $ratio (goal: at least 0.50); load average after $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v r="$ratio" 'BEGIN {exit !(r >= 0.5)}' && echo "goal met" || { echo "goal NOT met"; exit 3; }
