#!/usr/bin/env bash
# The failover test, against the cluster of ops/cluster.sh (started, with demo data): everything goes
# through nginx over HTTPS (https://127.0.0.1:8443, its certificate checked), as a browser and the API
# clients would.
#
#  1. A buyer logs in on the login page (a Faces form) and opens a draft tender's editor.
#  2. She types award-criterion weights: each one an Ajax request that keeps the figure in the page's view
#     bean on the server, unsaved.
#  3. The node that served her is killed with kill -9.
#  4. She types the next weight: the other node answers, with her login (no new login) and her view (the
#     weight sum it shows includes what she typed before the kill), and saves the criteria.
#  5. The killed node is started again; several suppliers submit offers on a published tender at once,
#     their requests spread over both nodes; each must have exactly one receipt, and the buyer's count
#     must equal the number of suppliers: none lost, none duplicated.
# Prints its counts and exits 0 only if every check held. See docs/operations.md for a recorded run.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
base=${LIS_URL:-https://127.0.0.1:${LIS_CLUSTER_HTTPS:-8443}}
# nginx's self-signed certificate (LIS_CACERT= for a site whose certificate the system trusts); the
# session cookies are Secure, so the page session below works over HTTPS only.
export LIS_CACERT=${LIS_CACERT-${LIS_CLUSTER_DIR:-/tmp/lis-cluster}/nginx/tls.crt}
tls=()
if [ -n "$LIS_CACERT" ]; then tls=(--cacert "$LIS_CACERT"); fi
# A browser sends its page's origin with every POST; the application refuses one that does not name the
# host and port it was addressed by (the Host header nginx passes on), so the page session sends it too.
origin=$(sed -E 's#^(https?://[^/]+).*#\1#' <<<"$base")
password=${LIS_DEMO_PASSWORD:-Demo!2026}
suppliers=(sandoz abbvie pfizer)
work=$(mktemp -d /tmp/lis-failover.XXXXXX)
trap 'rm -rf "$work"' EXIT
failures=0

check() { # check DESCRIPTION CONDITION...
    local what=$1; shift
    if "$@"; then echo "  ok    $what"; else echo "  FAIL  $what"; failures=$((failures + 1)); fi
}

api() { # api USER METHOD PATH [JSON] -> body on stdout; status in $work/status, node in $work/node
    local user=$1 method=$2 path=$3 body=${4:-}
    local args=(-sS "${tls[@]}" -u "$user:$password" -X "$method" -H 'Accept: application/json' -H 'Accept-Language: en'
                -D "$work/headers" -o "$work/body" -w '%{http_code}')
    [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
    curl "${args[@]}" "$base/$path" > "$work/status" || echo 000 > "$work/status"
    node_of "$work/headers" > "$work/node"
    cat "$work/body"
}

node_of() { # which node answered, from nginx's X-LIS-Node header (the last upstream tried: a node's HTTPS port)
    local addr port
    addr=$(tr -d '\r' < "$1" | sed -n 's/^[Xx]-[Ll][Ii][Ss]-[Nn]ode: //p' | tail -1)
    port=${addr##*:}
    if [ "$port" = "$(echo "${LIS_NODE_A_PORTS:-9581/9944}" | cut -d/ -f2)" ]; then echo A
    elif [ "$port" = "$(echo "${LIS_NODE_B_PORTS:-9582/9945}" | cut -d/ -f2)" ]; then echo B
    else echo "?"; fi
}

# --- the page session: curl as the browser, with its cookie jar -----------------------------------
jar=$work/cookies
ajax=()
page() { # page METHOD PATH [form fields...] -> body on stdout, status in $work/status, node in $work/node
    local method=$1 path=$2; shift 2
    local args=(-sS "${tls[@]}" -b "$jar" -c "$jar" -H 'Accept-Language: en' -D "$work/headers" -o "$work/body" -w '%{http_code}')
    if [ "$method" = POST ]; then
        args+=(-X POST -H "Origin: $origin" "${ajax[@]}")
        for field in "$@"; do args+=(--data-urlencode "$field"); done
    fi
    curl "${args[@]}" "$base/$path" > "$work/status" || echo 000 > "$work/status"
    node_of "$work/headers" > "$work/node"
    cat "$work/body"
}
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }
status() { cat "$work/status"; }
node() { cat "$work/node"; }

ajax_weight() { # ajax_weight INPUT_ID VALUE VIEWSTATE: PrimeFaces' change event of one weight, process=@this
    local id=$1 value=$2 state=$3
    ajax=(-H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest')
    page POST "tendering/tender.xhtml?id=$tender" \
        "jakarta.faces.partial.ajax=true" "jakarta.faces.source=$id" "jakarta.faces.partial.execute=$id" \
        "jakarta.faces.partial.render=tabs:criteria:criteria_weights tabs:criteria:justificationPanel" \
        "jakarta.faces.behavior.event=change" "jakarta.faces.partial.event=change" \
        "tabs:criteria=tabs:criteria" "${id}_input=$value" "${id}_hinput=$value" "jakarta.faces.ViewState=$state"
}

echo "Failover test through $base"
bash "$here/cluster.sh" status | sed 's/^/  /'

# A draft tender for the buyer to edit.
areas=$(api kari GET api/therapeutic-areas)
groups=$(api kari GET api/specialist-groups)
reference="2027-FO-$(date +%H%M%S)-01"
plan=$(jq -n --arg r "$reference" --argjson a "$(jq '.[0].id' <<<"$areas")" --argjson g "$(jq '.[0].id' <<<"$groups")" \
    '{reference: $r, title: ("Failover " + $r), marketPhase: 3, therapeuticAreaId: $a, specialistGroupId: $g}')
tender=$(api kari POST api/tenders "$plan" | jq -r .id)
check "the buyer planned draft tender $tender through the API ($(status))" test "$(status)" = 201

echo "1. Login and editing"
ajax=()
state=$(page GET login.xhtml | view_state)
page POST login.xhtml "login=login" "login_SUBMIT=1" "login:username=kari" "login:password=$password" \
    "login:submit=" "jakarta.faces.ViewState=$state" >/dev/null
check "the login form answers with a redirect ($(status), node $(node))" grep -qE '^30[23]$' "$work/status"
editor=$(page GET "tendering/tender.xhtml?id=$tender")
first=$(node)
check "the tender editor opens on node $first ($(status))" test "$(status)" = 200
state=$(view_state <<<"$editor")
mapfile -t weights < <(grep -o 'id="tabs:criteria:[^"]*:weight_hinput"' <<<"$editor" | sed 's/id="\(.*\)_hinput"/\1/')
mapfile -t saved < <(grep -o '<input id="tabs:criteria:[^"]*:weight_hinput"[^>]*value="[0-9]*"' <<<"$editor" | sed 's/.*value="\([0-9]*\)"/\1/')
check "the editor shows ${#weights[@]} criterion weights to type (saved: ${saved[*]})" test "${#weights[@]}" -ge 3 -a "${#saved[@]}" = "${#weights[@]}"
# Typed figures that differ from the saved ones, so that a view rebuilt from the database shows another sum.
typed=($((saved[0] == 42 ? 43 : 42)) $((saved[1] == 14 ? 13 : 14)) $((saved[2] == 34 ? 33 : 34)))
sum() { local total=0 w; for w in "$@"; do total=$((total + w)); done; echo "$total"; }
rest=$(sum "${saved[@]:3}")
answer=$(ajax_weight "${weights[0]}" "${typed[0]}" "$state")
expected=$(sum "${typed[0]}" "${saved[1]}" "${saved[2]}" "$rest")
check "weight ${typed[0]} typed, kept unsaved in the view on node $(node): the sum shows $expected %" grep -q ">$expected %<" <<<"$answer"
answer=$(ajax_weight "${weights[1]}" "${typed[1]}" "$state")
expected=$(sum "${typed[0]}" "${typed[1]}" "${saved[2]}" "$rest")
check "weight ${typed[1]} typed on node $(node): the sum shows $expected %" grep -q ">$expected %<" <<<"$answer"

echo "2. kill -9 of node $first"
bash "$here/cluster.sh" kill-node "$first" | sed 's/^/  /'

answer=$(ajax_weight "${weights[2]}" "${typed[2]}" "$state")
second=$(node)
check "the next weight is answered by the other node ($second, status $(status))" test "$second" != "$first" -a "$(status)" = 200
check "no new login: the answer is the view's update, not the login page or an expired view" \
    bash -c "grep -q 'update id=\"tabs:criteria:criteria_weights\"' '$work/body' && ! grep -qiE 'login.xhtml|ViewExpired|<error>' '$work/body'"
expected=$(sum "${typed[@]}" "$rest")
lost=$(sum "${saved[0]}" "${saved[1]}" "${typed[2]}" "$rest")
check "no lost input: the sum shows $expected % (${typed[0]} and ${typed[1]} typed on node $first, ${typed[2]} now on node $second; a lost view would show $lost %)" \
    grep -q ">$expected %<" <<<"$answer"
ajax=()
after=$(page GET "tendering/tender.xhtml?id=$tender")
check "the editor opens again without a login on node $(node) ($(status))" test "$(status)" = 200

echo "3. Node $first back, offers from ${#suppliers[@]} suppliers across both nodes"
bash "$here/cluster.sh" start-node "$first" | sed 's/^/  /'
published=$(LIS_URL=$base bash "$here/lib/published-tender.sh" "+20 days" "+10 days")
offers_tender=$(jq -r .id <<<"$published")
check "tender $offers_tender published for offers" test -n "$offers_tender" -a "$offers_tender" != null

submit() { # one supplier: save a draft, then submit; each request may land on either node
    local supplier=$1 price=$2 out=$work/$1
    mkdir -p "$out"
    local body
    body=$(jq -n --arg p "$price" '{lots: [{lotNumber: 1, unitPricePerPack: ($p | tonumber), answers: [],
        products: [{varenummer: "468932", productName: "Hyrimoz 40 mg injeksjonsvæske, ferdigfylt penn", packDescription: "2 penner"}]}]}')
    curl -sS "${tls[@]}" -u "$supplier:$password" -X PUT -H 'Content-Type: application/json' -H 'Accept: application/json' \
        -D "$out/h1" -o "$out/draft.json" -w '%{http_code}' --data-binary "$body" \
        "$base/api/tenders/$offers_tender/offers" > "$out/s1" || true
    local version; version=$(jq -r .version "$out/draft.json" 2>/dev/null || echo null)
    curl -sS "${tls[@]}" -u "$supplier:$password" -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' \
        -D "$out/h2" -o "$out/receipt.json" -w '%{http_code}' --data-binary "{\"version\": $version}" \
        "$base/api/tenders/$offers_tender/offers" > "$out/s2" || true
}
i=0
for supplier in "${suppliers[@]}"; do
    submit "$supplier" "$((1500 + i * 111)).50" &
    i=$((i + 1))
done
wait

nodes_used=""
for supplier in "${suppliers[@]}"; do
    out=$work/$supplier
    n1=$(node_of "$out/h1"); n2=$(node_of "$out/h2")
    nodes_used="$nodes_used $n1 $n2"
    check "$supplier saved a draft (node $n1) and submitted (node $n2): $(cat "$out/s1") / $(cat "$out/s2")" \
        test "$(cat "$out/s1")/$(cat "$out/s2")" = "200/200"
    receipts=$(api "$supplier" GET "api/tenders/$offers_tender/offers" | jq '.receipts | length')
    check "$supplier has exactly one receipt ($receipts)" test "$receipts" = 1
    echo "$supplier $receipts" >> "$work/receipts"
done
counts=$(api kari GET "api/tenders/$offers_tender/offers/counts")
submitted=$(jq -r '.submittedPerLot["1"] // 0' <<<"$counts")
check "the buyer counts ${#suppliers[@]} submitted offers ($submitted): none lost, none duplicated" test "$submitted" = "${#suppliers[@]}"
served_a=$(tr ' ' '\n' <<<"$nodes_used" | grep -c '^A$' || true)
served_b=$(tr ' ' '\n' <<<"$nodes_used" | grep -c '^B$' || true)
check "the offer requests were spread over both nodes (A: $served_a, B: $served_b)" test "$served_a" -gt 0 -a "$served_b" -gt 0

echo
echo "Counts: suppliers ${#suppliers[@]}, offers submitted $submitted, receipts $(awk '{s+=$2} END {print s+0}' "$work/receipts")," \
     "duplicated $(awk '$2>1' "$work/receipts" | wc -l), lost $(awk '$2<1' "$work/receipts" | wc -l);" \
     "offer requests on node A $served_a, on node B $served_b; login kept across the kill of node $first: yes if no FAIL above"
if [ "$failures" -gt 0 ]; then
    echo "FAILED: $failures check(s)"
    exit 1
fi
echo "PASSED"
