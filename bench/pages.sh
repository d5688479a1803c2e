#!/usr/bin/env bash
# Issue 14: every logged-in main page near a bare PrimeFaces page, the public pages near a static file.
# Measures, side by side in one run on the same server: a static file, a bare PrimeFaces page (one form,
# a panel, a button: bench/bare.xhtml), the public recommendation pages (anonymous, kept HTML), and the
# logged-in main pages with a session cookie from the login form: the buyer's tender list, overview,
# tender page, evaluation page and follow-up (kari), the supplier home and tender page (sandoz), the specialist home
# (ingrid). Prints requests/s, p50, p99 and the ratios to the static file and to the bare page, then the
# server's resident memory.
#
#   bench/pages.sh                 assembles its own demo server (SERVER=lisPgsW, ports 9736/9737) from
#                                  target/lis-tender.war, server-config and bench/bare.xhtml on the Liberty
#                                  runtime in target/liberty/wlp (`mvn -DskipTests package liberty:install-server`),
#                                  starts it, measures, stops it (KEEP=1 leaves it running; its Derby
#                                  database is kept between runs, so the second start is on a migrated database)
#   bench/pages.sh http://host:port    a running server with demo data; the bare page must answer at
#                                  /bench/bare.xhtml (add bench/bare.xhtml to its war: jar uf), or BARE=0
#   DURATION=10s CONNECTIONS=32 THREADS=2 ROUNDS=1 bench/pages.sh
#   PAGES="static bare evaluation follow-up" bench/pages.sh    only those targets (static is always measured)
#   CPU_SECONDS=6 bench/pages.sh   also the server's CPU time per request of each page (ms) under wrk -c8 for
#                                  6 s: the steadiest figure on a busy machine (needs the server's pid, as below)
#   SEQUENTIAL=200 bench/pages.sh  also the server's CPU time per request of each page (ms), from its
#                                  /proc/<pid>/stat over 200 requests sent one after another (after 200 to warm
#                                  up): on a busy machine a steadier figure than requests/s. Needs the server's
#                                  pid (a server this script started, or PID=...); DURATION=0 leaves out wrk
#
# A run with a non-2xx/3xx answer or a refused connection does not count. Needs curl and wrk.
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-1}
PASSWORD=${PASSWORD:-Demo!2026}
SERVER=${SERVER:-lisPgsW}
HTTP_PORT=${HTTP_PORT:-9736}
HTTPS_PORT=${HTTPS_PORT:-9737}
WLP=${WLP:-target/liberty/wlp}
WAR=${WAR:-target/lis-tender.war}     # another build of the war, to measure it beside this one

SEQUENTIAL=${SEQUENTIAL:-0}
[ "$DURATION" = 0 ] || command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

started=""
server_pid() { [ -n "${PID:-}" ] && echo "$PID" || cat "$WLP/usr/servers/.pid/$SERVER.pid" 2>/dev/null || true; }

start_server() { # assembles and starts $SERVER; prints the start figures from messages.log
    local dir="$WLP/usr/servers/$SERVER" app
    [ -x "$WLP/bin/server" ] && [ -f "$WAR" ] || {
        echo "needs $WAR and $WLP: mvn -B -DskipTests package liberty:install-server" >&2; exit 2; }
    [ -d "$dir" ] || "$WLP/bin/server" create "$SERVER" >/dev/null
    cp -r server-config/. "$dir/"
    mkdir -p "$dir/jdbc" "$PWD/target/bench-keys/$SERVER"
    for jar in derby derbytools derbyshared; do
        cp ~/.m2/repository/org/apache/derby/$jar/10.16.1.1/$jar-10.16.1.1.jar "$dir/jdbc/"
    done
    cat >"$dir/bootstrap.properties" <<EOF
http.port=$HTTP_PORT
https.port=$HTTPS_PORT
lis.demo=true
lis.tls=false
lis.offer.masterkey=$PWD/target/bench-keys/$SERVER/offer-master.key
lis.mail.host=localhost
lis.mail.port=1
EOF
    app=$(mktemp target/bench-war.XXXXXX)   # a war file as in production (autoExpand="false"), with bench/*.xhtml
    cp "$WAR" "$app" && jar uf "$app" bench/*.xhtml
    rm -rf "$dir/dropins/lis-tender.war" && mv "$app" "$dir/dropins/lis-tender.war"
    rm -f "$dir/logs/messages.log"
    "$WLP/bin/server" start "$SERVER" >/dev/null
    started=1
    for _ in $(seq 180); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ] && break
        sleep 1
    done
    grep -hoE 'CWWKF0011I.*|CWWKZ0001I.*' "$dir/logs/messages.log" | sed 's/^/# /'
}

if [ $# -ge 1 ]; then
    BASE=$1
else
    BASE="http://localhost:$HTTP_PORT"
    start_server
    [ -n "${KEEP:-}" ] || trap '"$WLP/bin/server" stop "$SERVER" >/dev/null' EXIT
fi

login() { # login USER: the Cookie header of a session logged in through the login form
    local jar html state
    jar=$(mktemp)
    html=$(curl -sf -c "$jar" -b "$jar" "$BASE/login.xhtml")
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$html" | head -1 | sed 's/.*value="//; s/"$//')
    curl -sf -o /dev/null -c "$jar" -b "$jar" -H "Origin: $BASE" \
        --data-urlencode "login_SUBMIT=1" --data-urlencode "login:username=$1" --data-urlencode "login:password=$PASSWORD" \
        --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
    awk '$6 == "JSESSIONID" || $6 == "LISSSO" {printf "%s=%s; ", $6, $7}' "$jar" | sed 's/; $//'
    rm -f "$jar"
}
kari=$(login kari)
sandoz=$(login sandoz)
ingrid=$(login ingrid)
[[ "$kari" == *LISSSO* && "$sandoz" == *LISSSO* && "$ingrid" == *LISSSO* ]] || { echo "login failed: $kari / $sandoz / $ingrid" >&2; exit 1; }

tenders=$(curl -sf -u "kari:$PASSWORD" "$BASE/api/tenders?size=100")
statuses=$(grep -oE '"id":[0-9]+,[^}]*"status":"[A-Z_]+"' <<<"$tenders" | sed -E 's/"id":([0-9]+).*"status":"([A-Z_]+)"/\1 \2/')
tender=$(awk '$2 == "PUBLISHED" {print $1; exit}' <<<"$statuses")            # a tender with lots and documents
evaluated=$(awk '$2 ~ /AGREEMENT|AWARD|STANDSTILL/ {print $1; exit}' <<<"$statuses")  # one with a ranking
recommendation=$(curl -sf "$BASE/api/recommendations" | grep -o '"recommendationId":[0-9]*' | head -1 | cut -d: -f2)

declare -A url cookie
add() { url[$1]=$2; cookie[$1]=${3:-}; order+=("$1"); }
order=()
add static "$BASE/resources/css/lis.css"
[ "${BARE:-1}" = 0 ] || add bare "$BASE/bench/bare.xhtml" "$kari"
[ "${BARE:-1}" = 0 ] || add template "$BASE/bench/template.xhtml" "$kari"
add public-list "$BASE/recommendations/index.xhtml"
add public-version "$BASE/recommendations/recommendation.xhtml?id=$recommendation"
add tender-list "$BASE/tendering/tenders.xhtml" "$kari"
add overview "$BASE/buyer/overview.xhtml" "$kari"
add tender "$BASE/tendering/tender.xhtml?id=$tender" "$kari"
add evaluation "$BASE/evaluation/tender.xhtml?id=$evaluated" "$kari"
add follow-up "$BASE/agreements/follow-up.xhtml" "$kari"
add supplier-home "$BASE/supplier/home.xhtml" "$sandoz"
add supplier-tender "$BASE/supplier/tender.xhtml?id=$tender" "$sandoz"
add specialist-home "$BASE/specialist/home.xhtml" "$ingrid"
[ -z "${PAGES:-}" ] || { chosen=(static); for name in "${order[@]}"; do [[ " $PAGES " != *" $name "* || $name == static ]] || chosen+=("$name"); done; order=("${chosen[@]}"); }

curl_of() { if [ -n "${cookie[$1]}" ]; then curl -s -H "Cookie: ${cookie[$1]}" "${@:2}" "${url[$1]}"; else curl -s "${@:2}" "${url[$1]}"; fi; }
for name in "${order[@]}"; do
    status=$(curl_of "$name" -o /dev/null -w '%{http_code}')
    [ "$status" = 200 ] || { echo "$name: ${url[$name]} answers $status, not 200" >&2; exit 1; }
    printf '# %-16s %7s bytes  %s\n' "$name" "$(curl_of "$name" | wc -c)" "${url[$name]}"
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time of a process, in clock ticks
if [ "$SEQUENTIAL" -gt 0 ]; then
    pid=$(server_pid)
    [ -n "$pid" ] || { echo "SEQUENTIAL needs the server's pid (PID=...)" >&2; exit 2; }
    echo "# $(date -u +%FT%TZ) CPU per request, $SEQUENTIAL sequential requests each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    for name in "${order[@]}"; do
        for _ in $(seq "$SEQUENTIAL"); do curl_of "$name" -o /dev/null; done   # warm-up
        before=$(cpu_ticks "$pid"); start=$(date +%s%N)
        for _ in $(seq "$SEQUENTIAL"); do curl_of "$name" -o /dev/null; done
        after=$(cpu_ticks "$pid"); end=$(date +%s%N)
        printf '# %-16s %6.1f ms CPU per request, %6.1f ms per request (wall), load average %s\n' "$name" \
            "$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$SEQUENTIAL" 'BEGIN {print 1000 * t / hz / n}')" \
            "$(awk -v ns=$((end - start)) -v n="$SEQUENTIAL" 'BEGIN {print ns / 1e6 / n}')" "$(cut -d' ' -f1-3 /proc/loadavg)"
    done
fi
if [ "${CPU_SECONDS:-0}" != 0 ]; then   # the server's CPU per request under wrk -c8, JIT and collections included
    pid=$(server_pid)
    [ -n "$pid" ] || { echo "CPU_SECONDS needs the server's pid (PID=...)" >&2; exit 2; }
    echo "# $(date -u +%FT%TZ) CPU per request, wrk -t2 -c8 for ${CPU_SECONDS}s each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    for name in "${order[@]}"; do
        args=(-t2 -c8 -d"${CPU_SECONDS}s"); [ -z "${cookie[$name]}" ] || args+=(-H "Cookie: ${cookie[$name]}")
        before=$(cpu_ticks "$pid")
        requests=$(wrk "${args[@]}" "${url[$name]}" | awk '/requests in/ {print $1}')
        after=$(cpu_ticks "$pid")
        printf '# %-16s %6.2f ms CPU per request (%s requests)\n' "$name" \
            "$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {print 1000 * t / hz / n}')" "$requests"
    done
fi
[ "$DURATION" != 0 ] || exit 0

wrk_run() { # wrk_run NAME DURATION: "requests/s p50 p99"; refuses a run with wrong answers
    local out value args=(-t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 10s --latency)
    [ -z "${cookie[$1]}" ] || args+=(-H "Cookie: ${cookie[$1]}")
    out=$(wrk "${args[@]}" "${url[$1]}" 2>&1)
    value=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    if grep -qE 'Non-2xx|unable to connect' <<<"$out" || [ -z "$value" ]; then
        echo "$1: a run with wrong answers does not count: $out" >&2
        exit 1
    fi
    echo "$value $(awk '$1=="50%" {print $2}' <<<"$out") $(awk '$1=="99%" {print $2}' <<<"$out")"
}
drain() { # wrk stops, but the server still works off what the last run queued: wait until it answers at once
    for _ in $(seq 60); do
        [ "$(curl -s -o /dev/null -m 5 -w '%{time_total}' "${url[static]}" | awk '{print ($1 < 0.2)}')" = 1 ] && return
        sleep 1
    done
}
median() { tr ' ' '\n' <<<"$*" | sort -n | awk 'NF {a[++n]=$1} END {print a[int((n+1)/2)]}'; }

echo "# $(date -u +%FT%TZ) $BASE, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${order[@]}"; do wrk_run "$name" 3s >/dev/null; drain; done   # warm-up
declare -A results p50s p99s
for round in $(seq "$ROUNDS"); do
    for name in "${order[@]}"; do
        drain
        read -r value p50 p99 <<<"$(wrk_run "$name" "$DURATION")"
        results[$name]="${results[$name]:-} $value"
        p50s[$name]="${p50s[$name]:-} $p50"
        p99s[$name]="${p99s[$name]:-} $p99"
        echo "# round $round $name: $value requests/s, p50 $p50, p99 $p99"
    done
done
echo "# load average after the run $(cut -d' ' -f1-3 /proc/loadavg)"
static=$(median ${results[static]})
bare=$(median ${results[bare]:-0})
echo "| what | requests/s (median of $ROUNDS) | p50 | p99 | vs static | vs bare page |"
echo "|---|---|---|---|---|---|"
for name in "${order[@]}"; do
    m=$(median ${results[$name]})
    echo "| $name | $m |${p50s[$name]} |${p99s[$name]} | $(awk -v a="$m" -v b="$static" 'BEGIN {printf "%.0f %%", 100*a/b}') | $(awk -v a="$m" -v b="$bare" 'BEGIN {if (b > 0) printf "%.0f %%", 100*a/b; else print "-"}') |"
done
pid=$(server_pid)
[ -z "$pid" ] || echo "# server $SERVER (pid $pid): resident memory $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) MB after the run"
