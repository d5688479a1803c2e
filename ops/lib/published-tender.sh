#!/usr/bin/env bash
# A published tender with one adalimumab lot, planned by the demo buyer through the API at $LIS_URL
# (LIS_CACERT: the certificate to trust there, e.g. the cluster's self-signed nginx/tls.crt):
#   published-tender.sh SUBMISSION_DEADLINE QUESTION_DEADLINE   (GNU date offsets, e.g. "+20 days" "+10 days")
# Prints the published tender's JSON. Used by the failover and restore tests (ops/).
set -euo pipefail
base=${LIS_URL:?LIS_URL}
password=${LIS_DEMO_PASSWORD:-Demo!2026}
submission=$(date -u -d "${1:?submission deadline}" +%Y-%m-%dT%H:%M:00Z)
questions=$(date -u -d "${2:?question deadline}" +%Y-%m-%dT%H:%M:00Z)

call() { # call METHOD PATH [JSON]: fails on anything but 200
    local out; out=$(mktemp)
    local status
    status=$(curl -sS ${LIS_CACERT:+--cacert "$LIS_CACERT"} -u "kari:$password" -X "$1" -H 'Content-Type: application/json' -H 'Accept: application/json' \
        -o "$out" -w '%{http_code}' ${3:+--data-binary "$3"} "$base/$2")
    if [ "$status" != 200 ] && [ "$status" != 201 ]; then echo "published-tender: $1 $2 answered $status: $(cat "$out")" >&2; rm -f "$out"; exit 1; fi
    cat "$out"; rm -f "$out"
}

area=$(call GET api/therapeutic-areas | jq '.[0].id')
group=$(call GET api/specialist-groups | jq '[.[] | select(.name | contains("TNF"))][0].id // empty')
[ -n "$group" ] || group=$(call GET api/specialist-groups | jq '.[0].id')
reference="2027-OPS-$(date +%s%N | tail -c 9)-01"
tender=$(call POST api/tenders "$(jq -n --arg r "$reference" --argjson a "$area" --argjson g "$group" \
    '{reference: $r, title: ("Driftstest " + $r), marketPhase: 3, therapeuticAreaId: $a, specialistGroupId: $g}')")
path=api/tenders/$(jq .id <<<"$tender")
lot=$(call POST "$path/lots" "$(jq -n --argjson v "$(jq .version <<<"$tender")" '{version: $v, title: "Adalimumab",
    atcCodes: ["L04AB04"], estimatedAnnualVolume: 1200000, volumeUnit: "DDD", comparisonBasis: "PER_DDD", marketSplit: "NONE"}')")
award=$(date -u -d "$1 + 40 days" +%Y-%m-%d)
start=$(date -u -d "$1 + 90 days" +%Y-%m-%d)
end=$(date -u -d "$1 + 90 days + 2 years" +%Y-%m-%d)
timeline=$(call PUT "$path/timeline" "$(jq -n --argjson v "$(jq .version <<<"$lot")" --arg q "$questions" --arg s "$submission" \
    --arg aw "$award" --arg st "$start" --arg en "$end" '{version: $v, questionDeadline: $q, submissionDeadline: $s,
    plannedAward: $aw, agreementStart: $st, agreementEnd: $en, optionYears: "1,1"}')")
call POST "$path/publication" "$(jq -n --argjson v "$(jq .version <<<"$timeline")" '{version: $v}')"
