#!/usr/bin/env bash
# Issue 14: the public recommendations near static speed. Measures, side by side in one run on the
# same server, the requests per second of a static file and of each public edition without prices:
# the API's list in force, one version as JSON and as PDF (cached bytes with ETag), and the two
# public pages; and the same API with a conditional request (If-None-Match: 304, no body).
#
#   bench/public-recommendations.sh [base-url]        default http://localhost:9080 (mvn liberty:run)
#   DURATION=10s CONNECTIONS=32 THREADS=2 ROUNDS=3 bench/public-recommendations.sh
#
# Each target is measured ROUNDS times, alternating, after a warm-up; the medians and their ratio to
# the static file are printed. A run with a non-2xx/3xx answer does not count. Needs curl and wrk.
set -euo pipefail

BASE=${1:-http://localhost:9080}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

id=$(curl -sf "$BASE/api/recommendations" | grep -o '"recommendationId":[0-9]*' | head -1 | cut -d: -f2)
[ -n "$id" ] || { echo "no public recommendation at $BASE/api/recommendations" >&2; exit 1; }
etag=$(curl -sf -o /dev/null -D - "$BASE/api/recommendations/$id" | tr -d "\r" | awk -F": " 'tolower($1)=="etag" {print $2}')

declare -A targets=(
    [static]="$BASE/resources/css/lis.css"
    [api-list]="$BASE/api/recommendations"
    [api-version]="$BASE/api/recommendations/$id"
    [api-pdf]="$BASE/api/recommendations/$id/pdf"
    [page-list]="$BASE/recommendations/index.xhtml"
    [page-version]="$BASE/recommendations/recommendation.xhtml?id=$id"
)
order=(static api-list api-version api-pdf page-list page-version api-304)

status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
for name in "${!targets[@]}"; do
    [ "$(status_of "${targets[$name]}")" = 200 ] || { echo "$name: ${targets[$name]} does not answer 200" >&2; exit 1; }
done
[ "$(status_of -H "If-None-Match: $etag" "${targets[api-version]}")" = 304 ] || { echo "no 304 for $etag" >&2; exit 1; }

rps() { # requests per second and p99 of one wrk run; refuses a run with wrong answers (timeouts are counted)
    local out value
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --timeout 10s --latency "${@:2}" 2>&1)
    value=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    if grep -qE 'Non-2xx|unable to connect' <<<"$out" || [ -z "$value" ]; then
        echo "a run with wrong answers does not count: $out" >&2
        exit 1
    fi
    echo "$value $(awk '$1=="99%" {print $2}' <<<"$out")"
}
run() { # run NAME DURATION
    if [ "$1" = api-304 ]; then
        rps "$2" -H "If-None-Match: $etag" "${targets[api-version]}"
    else
        rps "$2" "${targets[$1]}"
    fi
}
median() { tr ' ' '\n' <<<"$*" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "# $(date -u +%FT%TZ) $BASE, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${order[@]}"; do run "$name" 3s >/dev/null || true; done   # warm-up
declare -A results p99s
for round in $(seq "$ROUNDS"); do
    for name in "${order[@]}"; do
        read -r value p99 <<<"$(run "$name" "$DURATION")"
        results[$name]="${results[$name]:-} $value"
        p99s[$name]="${p99s[$name]:-} $p99"
        echo "round $round $name $value req/s, p99 $p99"
    done
done
static=$(median ${results[static]})
echo "| what | requests/s (median of $ROUNDS) | p99 of the rounds | vs static |"
echo "|---|---|---|---|"
for name in "${order[@]}"; do
    m=$(median ${results[$name]})
    echo "| $name | $m | ${p99s[$name]} | $(awk -v a="$m" -v b="$static" 'BEGIN {printf "%.0f %%", 100*a/b}') |"
done
