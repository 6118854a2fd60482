#!/usr/bin/env bash
# Records real exchanges with a helpdex server, as the contract validator reads them
# (one JSON object per line: method, path, route, status, content_type, body).
#
#   HELPDEX_BIN=build/release/helpdex tests/contract/record-sample.sh [OUT.jsonl]
#
# Indexes the bundled corpus into a temporary directory, serves it on a free loopback port
# (with --corpus, so reindexing works), asks a fixed set of valid and invalid requests with
# curl, and takes each answer's route from the server's access log (joined on X-Request-Id).
# OUT defaults to tests/contract/sample-exchanges.jsonl.
set -euo pipefail
cd "$(dirname "$0")/../.."

binary=$(realpath "${HELPDEX_BIN:?set HELPDEX_BIN to a helpdex binary}")
out=${1:-tests/contract/sample-exchanges.jsonl}
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$binary" index corpus --db "$work/index" >/dev/null 2>&1
"$binary" serve --db "$work/index" --corpus corpus --port 0 2>"$work/server.log" &
server_pid=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's|.* on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$work/server.log" | head -n1)
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "record-sample: the server did not start" >&2; exit 1; }
base="http://127.0.0.1:$port"

# One request: ask METHOD PATH [curl options…]. Writes the answer into $work/answers/N.*;
# the path recorded is the one asked, without its query string.
n=0
mkdir "$work/answers"
ask() {
  local method=$1 path=$2
  shift 2
  n=$((n + 1))
  local stem="$work/answers/$(printf '%04d' "$n")"
  local written
  written=$(curl -s -X "$method" -D "$stem.headers" -o "$stem.body" -w '%{http_code} %{content_type}' \
    -H "X-Request-Id: sample-$n" "$@" "$base$path")
  printf '%s\n%s\n%s\n' "$method" "${path%%\?*}" "$written" >"$stem.meta"
}
# The id of the reindex job in the last answer (a 202's body, or a 409's error.job).
last_job() {
  python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); print(b.get("id") or b["error"]["job"])' \
    "$work/answers/$(printf '%04d' "$n").body"
}

json=(-H 'Content-Type: application/json')

ask GET /healthz
ask GET /readyz

ask GET '/v1/search?q=invoice+vat&limit=3'
ask GET '/v1/search?category=billing&type=faq,known-issue&limit=2'
ask GET '/v1/search?type=sop&type=faq&lang=de&limit=2&offset=2'
ask GET '/v1/search?q=abonnment+opzeggen&limit=2'
ask GET '/v1/search?q=zzzzqqqq'
ask GET '/v1/search?limit=0'
ask GET '/v1/search?type=blog'
ask GET '/v1/search?colour=red'
ask GET '/v1/search?lang=xx'
ask GET '/v1/search?q=a&q=b'
ask GET "/v1/search?q=$(printf 'a%.0s' $(seq 20000))"

ask POST /v1/suggest "${json[@]}" -d '{"text":"Hi, I was charged twice after upgrading my plan. Regards, Anna","limit":3}'
ask POST /v1/suggest "${json[@]}" -H 'Accept-Language: nl-BE,nl;q=0.9' \
  -d '{"text":"Goedemiddag,\nmijn camera valt steeds uit en staat offline in de app.\n\n> Op maandag schreef Kestrel:\n> Heeft u de app bijgewerkt?\n\nGroet,\nSanne\n-- \nSanne de Vries"}'
ask POST /v1/suggest "${json[@]}" -d '{"subject":"Refund please","product":"plus"}'
ask POST /v1/suggest "${json[@]}" -d '{"text":"There is smoke coming out of the doorbell and it smells of burning","lang":"en"}'
ask POST /v1/suggest "${json[@]}" -d '{"text":"Olá, a minha câmera está offline e não consigo ligar. Obrigado"}'
ask POST /v1/suggest "${json[@]}" -d '{"text":"What is a good recipe for lasagne?"}'
ask POST /v1/suggest "${json[@]}" -d '{bad'
ask POST /v1/suggest "${json[@]}" -d '[1]'
ask POST /v1/suggest "${json[@]}" -d '{}'
ask POST /v1/suggest "${json[@]}" -d '{"text":"x","limit":0}'
ask POST /v1/suggest "${json[@]}" -d '{"text":5}'
ask POST /v1/suggest "${json[@]}" -d '{"text":"x","colour":"red"}'
ask POST /v1/suggest -H 'Content-Type: text/plain' -d '{"text":"x"}'
ask POST /v1/suggest "${json[@]}"
python3 -c 'import json; print(json.dumps({"text": "a" * 70000}))' >"$work/big.json"
ask POST /v1/suggest "${json[@]}" --data-binary "@$work/big.json"

ask GET /v1/documents/kb-billing-card-declined
ask GET '/v1/documents/kb-billing-card-declined?lang=nl'
ask GET /v1/documents/kb-billing-duplicate-charge-plan-change
ask GET /v1/documents/case-en-0029
ask GET /v1/documents/no-such-document
ask GET '/v1/documents/kb-billing-card-declined?lang=xx'
ask GET '/v1/documents/kb-billing-card-declined?foo=1'

ask POST /v1/admin/reindex -d '{"strict":"yes"}'
ask POST /v1/admin/reindex -d '{"x":1}'
ask POST /v1/admin/reindex -d '{}'
job=$(last_job)
ask POST /v1/admin/reindex "${json[@]}" -d '{"strict":true}'
ask GET "/v1/admin/jobs/$job"
for _ in $(seq 300); do
  state=$(curl -s "$base/v1/admin/jobs/$job" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
  [ "$state" != running ] && break
  sleep 0.1
done
ask GET "/v1/admin/jobs/$job"
ask GET /v1/admin/jobs/reindex-0-0

ask GET /v1/suggest
ask DELETE /v1/search
ask OPTIONS /v1/search
ask PUT /healthz -d ''
ask POST / -d x
ask GET /nope
ask GET /v2/search

ask GET /
etag=$(sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p' "$work/answers/$(printf '%04d' "$n").headers")
ask GET / -H "If-None-Match: $etag"
ask GET /web/index.html
ask GET /web/style.css
ask GET /web/js/app.js
ask GET /web/js/no-such-module.js

# The access log names the route of every answer by its request id.
python3 - "$work" "$out" <<'EOF'
import json, pathlib, sys

work, out = pathlib.Path(sys.argv[1]), sys.argv[2]
routes = {}
for line in (work / "server.log").read_text(encoding="utf-8").splitlines():
    try:
        entry = json.loads(line)
    except ValueError:
        continue
    if "status" in entry and entry.get("request_id"):
        routes[entry["request_id"]] = entry.get("route") or ""

def header(headers, name):
    for line in headers.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == name.lower():
            return value.strip()
    return ""

with open(out, "w", encoding="utf-8") as sink:
    for meta in sorted((work / "answers").glob("*.meta")):
        method, path, written = meta.read_text(encoding="utf-8").split("\n")[:3]
        status, _, content_type = written.partition(" ")
        headers = meta.with_suffix(".headers").read_text(encoding="utf-8", errors="replace")
        request_id = header(headers, "X-Request-Id")
        if request_id not in routes:
            sys.exit(f"record-sample: no access log line for {method} {path} (request id {request_id!r})")
        body_file = meta.with_suffix(".body")  # curl writes none for an answer without a body
        body = body_file.read_bytes().decode("utf-8", errors="replace") if body_file.exists() else ""
        exchange = {"method": method, "path": path, "route": routes[request_id], "status": int(status),
                    "content_type": content_type, "body": body}
        sink.write(json.dumps(exchange, ensure_ascii=False) + "\n")
print(f"record-sample: {len(list((work / 'answers').glob('*.meta')))} exchanges written to {out}")
EOF
