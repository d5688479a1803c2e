#!/usr/bin/env bash
# The backup-and-restore test, in the cluster of ops/cluster.sh (started, with demo data):
#  1. a tender is published with its submission deadline a few minutes ahead; two suppliers submit
#     sealed offers through nginx; the deadline passes, unopened;
#  2. ops/backup.sh dumps the database; ops/restore.sh restores it into a fresh database;
#  3. node A is started on the restored database alone (node B stopped), with the same master key file;
#     two buyers open the offers there: every offer must open INTACT with the price that was submitted;
#  4. the cluster is put back on its own database.
# Prints its counts; exits 0 only if every check held. Takes about five minutes (the deadline, two restarts).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
dir=${LIS_CLUSTER_DIR:-/tmp/lis-cluster}
base=${LIS_URL:-https://127.0.0.1:${LIS_CLUSTER_HTTPS:-8443}}
node_a=https://127.0.0.1:$(echo "${LIS_NODE_A_PORTS:-9581/9944}" | cut -d/ -f2)
# The certificates to trust: nginx's (LIS_CACERT= for a site whose certificate the system trusts) and the
# nodes' own (secrets/node-tls.crt, made by ops/cluster.sh), for the calls to node A alone.
export LIS_CACERT=${LIS_CACERT-$dir/nginx/tls.crt}
node_cacert=$dir/secrets/node-tls.crt
password=${LIS_DEMO_PASSWORD:-Demo!2026}
declare -A prices=([sandoz]=1875.25 [abbvie]=1999.00)
failures=0
check() {
    local what=$1; shift
    if "$@"; then echo "  ok    $what"; else echo "  FAIL  $what"; failures=$((failures + 1)); fi
}
call() { # call URL USER METHOD PATH [JSON]
    local ca=$LIS_CACERT
    [ "$1" = "$node_a" ] && ca=$node_cacert
    curl -sS ${ca:+--cacert "$ca"} -u "$2:$password" -X "$3" -H 'Content-Type: application/json' -H 'Accept: application/json' \
        ${5:+--data-binary "$5"} "$1/$4"
}

echo "Backup and restore test in $dir"
tender=$(LIS_URL=$base bash "$here/lib/published-tender.sh" "+3 minutes" "+1 minutes")
id=$(jq -r .id <<<"$tender")
deadline=$(jq -r .timeline.submissionDeadline <<<"$tender")
check "tender $id published, submission deadline $deadline" test -n "$deadline" -a "$deadline" != null

for supplier in "${!prices[@]}"; do
    body=$(jq -n --arg p "${prices[$supplier]}" '{lots: [{lotNumber: 1, unitPricePerPack: ($p | tonumber), answers: [],
        products: [{varenummer: "468932", productName: "Hyrimoz 40 mg", packDescription: "2 penner"}]}]}')
    version=$(call "$base" "$supplier" PUT "api/tenders/$id/offers" "$body" | jq .version)
    receipt=$(call "$base" "$supplier" POST "api/tenders/$id/offers" "{\"version\": $version}")
    check "$supplier submitted ${prices[$supplier]} (receipt $(jq -r .sha256 <<<"$receipt" | cut -c1-12)…)" \
        test "$(jq -r .submissionNumber <<<"$receipt")" = 1
done

wait_s=$(( $(date -d "$deadline" +%s) - $(date +%s) + 5 ))
echo "  ..    waiting ${wait_s}s for the deadline to pass"
[ "$wait_s" -gt 0 ] && sleep "$wait_s"
check "before the backup the offers are sealed: the buyer sees a count only" \
    test "$(call "$base" kari GET "api/tenders/$id/offers/counts" | jq -r '.submittedPerLot["1"]')" = 2

stamp=$(date +%Y%m%d-%H%M%S)
backup=$dir/backups/lis-$stamp.dump
bash "$here/backup.sh" "$backup" | sed 's/^/  /'
restored=lis_restored_${stamp//-/_}
bash "$here/restore.sh" "$backup" "$restored" | sed 's/^/  /'

echo "  ..    node B stopped, node A started on $restored with the same master key file"
"$dir/wlp/bin/server" stop lisNodeB >/dev/null || true
"$dir/wlp/bin/server" stop lisNodeA >/dev/null || true
LIS_CLUSTER_DATABASE=$restored bash "$here/cluster.sh" start-node A | sed 's/^/  /'

start=$(call "$node_a" kari POST "api/tenders/$id/opening" '{}')
confirm=$(call "$node_a" per POST "api/tenders/$id/opening" '{}')
check "two buyers opened the offers on the restored database" test "$(jq -r .confirmedBy <<<"$confirm")" = per
opened=$(call "$node_a" kari GET "api/tenders/$id/offers/opened")
intact=$(jq '[.[] | select(.check.outcome == "INTACT")] | length' <<<"$opened")
check "every offer opened INTACT with the master key after the restore ($intact of ${#prices[@]})" test "$intact" = "${#prices[@]}"
for supplier in "${!prices[@]}"; do
    name=$(jq -r --arg s "$supplier" '[.[] | select(.receipt.supplierName | ascii_downcase | startswith($s))][0].content.lots[0].unitPricePerPack' <<<"$opened")
    check "$supplier's price reads ${prices[$supplier]} as submitted ($name)" \
        test "$(printf '%.2f' "$name" 2>/dev/null)" = "$(printf '%.2f' "${prices[$supplier]}")"
done

echo "  ..    the cluster back on its own database"
"$dir/wlp/bin/server" stop lisNodeA >/dev/null || true
bash "$here/cluster.sh" start-node A | sed 's/^/  /'
bash "$here/cluster.sh" start-node B | sed 's/^/  /'
check "on the original database the tender is still unopened (the opening happened in the restored copy)" \
    test "$(call "$base" kari GET "api/tenders/$id/offers/counts" | jq -r '.opening')" = null

echo
echo "Counts: offers submitted ${#prices[@]}, opened INTACT after restore $intact, backup $(du -h "$backup" | cut -f1)"
if [ "$failures" -gt 0 ]; then echo "FAILED: $failures check(s)"; exit 1; fi
echo "PASSED"
