#!/usr/bin/env python3
"""The client side of ops/crash-test.sh: prepare a tender, run the submission burst, check after the restart.

Keeps what the suppliers were told (every receipt) in the state folder, one JSON line per receipt,
written before the next request, so that what the check compares against survives the crash.
"""
import base64
import datetime as dt
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request

PASSWORD = os.environ.get("LIS_DEMO_PASSWORD", "Demo!2026")
SUPPLIERS = ["sandoz", "abbvie", "pfizer"]


def call(port, user, method, path, body=None, timeout=60):
    request = urllib.request.Request(f"http://localhost:{port}/{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Accept", "application/json")
    request.add_header("Accept-Language", "en")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if user:
        token = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        text = e.read()
        try:
            return e.code, json.loads(text)
        except ValueError:
            return e.code, text.decode(errors="replace")


def iso(instant):
    return instant.strftime("%Y-%m-%dT%H:%M:%SZ")


def wait(port):
    until = time.time() + 300
    while time.time() < until:
        try:
            # ready, and the application deployed with its users (a bare server answers ready too)
            if call(port, None, "GET", "health/ready", timeout=5)[0] == 200 \
                    and call(port, "kari", "GET", "api/tenders", timeout=30)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(1)
    sys.exit("crash-test: the server did not become ready in 5 minutes")


def prepare(port, state):
    """A published tender with one lot, within the time limits: its deadline is 35 days ahead."""
    def ok(answer, what):
        if answer[0] not in (200, 201):
            sys.exit(f"crash-test: could not {what}: {answer}")
        return answer[1]
    ok(call(port, "admin", "GET", "api/test/clock"), "read the test clock (is this the crash-test war?)")
    now = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)
    reference = f"2027-CRASH-{now.strftime('%H%M%S')}-01"
    areas = ok(call(port, "kari", "GET", "api/therapeutic-areas"), "read the therapeutic areas")
    groups = ok(call(port, "kari", "GET", "api/specialist-groups"), "read the specialist groups")
    tender = ok(call(port, "kari", "POST", "api/tenders", {
        "reference": reference, "title": "Krasjtest " + reference, "marketPhase": 3,
        "estimatedValue": 1500000,  # below the EEA threshold, as the integration tests' tenders: no contract notice
        "therapeuticAreaId": areas[0]["id"], "specialistGroupId": groups[0]["id"]}), "plan a tender")
    path = f"api/tenders/{tender['id']}"
    with_lot = ok(call(port, "kari", "POST", path + "/lots", {
        "version": tender["version"], "title": "Adalimumab", "atcCodes": ["L04AB04"],
        "estimatedAnnualVolume": 1200000, "volumeUnit": "DDD", "comparisonBasis": "PER_DDD",
        "marketSplit": "NONE"}), "add a lot")
    # the time limits without any justification: a tender period of 35 days (30 even above the EEA threshold),
    # questions closing 15 days before the deadline (6 at least)
    deadline = now + dt.timedelta(days=35)
    today = now.date()
    start = today + dt.timedelta(days=90)  # two years from the start, with two option years: within four
    scheduled = ok(call(port, "kari", "PUT", path + "/timeline", {
        "version": with_lot["version"], "questionDeadline": iso(now + dt.timedelta(days=20)),
        "submissionDeadline": iso(deadline), "plannedAward": str(today + dt.timedelta(days=60)),
        "agreementStart": str(start), "agreementEnd": str(start + dt.timedelta(days=729)),
        "optionYears": "1,1"}), "schedule the tender")
    ok(call(port, "kari", "POST", path + "/publication", {"version": scheduled["version"]}), "publish the tender")
    with open(os.path.join(state, "tender.json"), "w") as f:
        json.dump({"id": tender["id"], "deadline": iso(deadline)}, f)
    print(f"crash-test: tender {tender['id']} published, deadline {iso(deadline)}")


def tender_of(state):
    with open(os.path.join(state, "tender.json")) as f:
        return json.load(f)


def burst(port, state):
    """Each demo supplier saves and submits again and again (one call each time) until the server is gone."""
    tender = tender_of(state)
    offers = f"api/tenders/{tender['id']}/offers"

    def supplier(user):
        sent = 0
        with open(os.path.join(state, f"receipts-{user}.jsonl"), "a") as log:
            while True:
                try:
                    status, own = call(port, user, "GET", offers, timeout=30)
                    version = own["version"] if status == 200 else None
                    sent += 1
                    status, receipt = call(port, user, "POST", offers, {"version": version, "lots": [{
                        "lotNumber": 1, "products": [{"varenummer": "468932", "productName": "Hyrimoz",
                                                      "packDescription": "2 ferdigfylte penner"}],
                        "unitPricePerPack": 1000 + sent, "answers": []}]}, timeout=30)
                except (OSError, ValueError):
                    break  # the server is gone
                if status == 200:
                    log.write(json.dumps({k: receipt[k] for k in ("offerId", "submissionNumber", "sha256",
                                                                  "receivedAt")}) + "\n")
                    log.flush()
                    os.fsync(log.fileno())
        print(f"crash-test: {user} sent {sent} submissions before the server went away")

    threads = [threading.Thread(target=supplier, args=(user,)) for user in SUPPLIERS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def check(port, state):
    tender = tender_of(state)
    base = f"api/tenders/{tender['id']}"
    failures = []
    last_numbers = {}
    total_client = total_server = 0
    for user in SUPPLIERS:
        with open(os.path.join(state, f"receipts-{user}.jsonl")) as f:
            told = [json.loads(line) for line in f if line.strip()]
        status, own = call(port, user, "GET", base + "/offers")
        if status != 200:
            if told:
                failures.append(f"{user}: own offer answers {status} {own} though it has {len(told)} receipts")
            continue
        kept = {r["submissionNumber"]: r for r in own["receipts"]}
        for r in told:
            k = kept.get(r["submissionNumber"])
            if k is None or k["sha256"] != r["sha256"] or k["offerId"] != r["offerId"]:
                failures.append(f"{user}: receipt {r['submissionNumber']} {r['sha256']} is not on the offer: {k}")
        in_flight = len(kept) - len(told)
        if in_flight < 0 or in_flight > 1:
            failures.append(f"{user}: {len(told)} receipts given, {len(kept)} on the offer")
        last_numbers[own["offerId"]] = max(kept) if kept else None
        total_client += len(told)
        total_server += len(kept)
        print(f"crash-test: {user}: {len(told)} receipts given, {len(kept)} kept"
              + (" (the last one committed as the server died, before its answer went out)" if in_flight == 1 else ""))
    # The server's clock is the tests' clock (at system time again after the restart): moved past the deadline
    after = dt.datetime.strptime(tender["deadline"], "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=90)
    status, moved = call(port, "admin", "PUT", f"api/test/clock?now={iso(after)}", {})
    if status != 200:
        sys.exit(f"crash-test: could not move the server's clock past the deadline: {status} {moved}")
    print(f"crash-test: server clock moved to {moved['now']}, past the deadline; two buyers open the offers")
    for buyer in ("kari", "per"):
        status, answer = call(port, buyer, "POST", base + "/opening", {})
        if status != 200:
            failures.append(f"opening by {buyer}: {status} {answer}")
    status, opened = call(port, "kari", "GET", base + "/offers/opened")
    if status != 200:
        failures.append(f"opened offers: {status} {opened}")
        opened = []
    opened_numbers = {o["offerId"]: o["check"]["submissionNumber"] for o in opened}
    for o in opened:
        if o["check"]["outcome"] != "INTACT":
            failures.append(f"offer {o['offerId']} opened {o['check']['outcome']}: {o['check']}")
    if opened_numbers != {k: v for k, v in last_numbers.items() if v is not None}:
        failures.append(f"opened {opened_numbers}, last receipts {last_numbers}")
    print(f"crash-test: {total_client} receipts given, {total_server} kept, {len(opened)} offers opened INTACT "
          f"with their last receipt" if not failures else "crash-test: FAILED")
    for failure in failures:
        print("  " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    command, port = sys.argv[1], sys.argv[2]
    {"wait": lambda: wait(port), "prepare": lambda: prepare(port, sys.argv[3]),
     "burst": lambda: burst(port, sys.argv[3]), "check": lambda: check(port, sys.argv[3])}[command]()
