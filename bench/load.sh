#!/usr/bin/env bash
# Load test of the gutskin service on loopback, bounded in time: starts `gutskin serve` on a free port with a
# throwaway data directory (embedded H2), then drives it with wrk (Debian package `wrk`):
#   1. report fetches: GET /api/samples/{id}/report?format=json   (target: >= 200 req/s, p99 < 200 ms on 2 cores)
#   2. report fetches: GET /api/samples/{id}/report?format=html
#   3. uploads: POST /api/uploads, a real 137 kB MetaPhlAn 4 profile made unique per request (its sample-id header
#      line carries a counter), so every request is a new stored upload, not an idempotent duplicate
# Prints requests/s and p50/p99 latency per scenario. Usage: bench/load.sh [SECONDS per scenario, default 10]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
secs="${1:-10}"; threads=2; conns=8
command -v wrk >/dev/null || { echo "load.sh: needs wrk (apt-get install -y wrk)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
cd "$here"
./gutskin --version >/dev/null   # builds the jar if needed, outside the timed part
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}" HOME="$work" ./gutskin serve --demo --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 120); do curl -fs "$base/api/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/api/health" >/dev/null || { cat "$work/server.log"; echo "load.sh: server did not start" >&2; exit 1; }
token="$(curl -fs -H 'Content-Type: application/json' -d '{"username":"demo","password":"gutskin-demo","name":"load"}' \
  "$base/api/tokens" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
id="$(curl -fs -H "Authorization: Bearer $token" "$base/api/samples?q=Subj001_time1" \
  | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"

summary() {  # name, wrk output file
  /usr/bin/python3 - "$1" "$2" <<'PY'
import re, sys
name, text = sys.argv[1], open(sys.argv[2]).read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
def pct(p):
    m = re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s)\s*$" % p, text, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
errs = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{name:<28} {float(rps):>9.1f} req/s   p50 {pct(50):7.2f} ms   p99 {pct(99):7.2f} ms"
      + (f"   NON-2xx: {errs.group(1)}" if errs else ""))
PY
}

echo "gutskin load test: ${secs}s per scenario after a 3 s warm-up, wrk -t$threads -c$conns, loopback, embedded H2;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
warm() { wrk -t"$threads" -c"$conns" -d3s "$@" >/dev/null; }
warm -H "Authorization: Bearer $token" "$base/api/samples/$id/report?format=json"
wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -H "Authorization: Bearer $token" \
  "$base/api/samples/$id/report?format=json" >"$work/json.txt"
summary "report fetch (json)" "$work/json.txt"
warm -H "Authorization: Bearer $token" "$base/api/samples/$id/report?format=html"
wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -H "Authorization: Bearer $token" \
  "$base/api/samples/$id/report?format=html" >"$work/html.txt"
summary "report fetch (html)" "$work/html.txt"

profile="$here/../shared/data/formats/metaphlan/ERR7569997.metaphlan4.txt"
cat >"$work/upload.lua" <<LUA
local f = io.open("$profile", "rb"); local body = f:read("*a"); f:close()
local head, tail = body:match("^(.-)#ERR7569997(\t.*)$")
local counter = 0
local tid = 0
local threads = {}
function setup(thread) tid = tid + 1; thread:set("tid", tid) end
function init(args) counter = 0 end
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Content-Type"] = "application/octet-stream"
function request()
  counter = counter + 1
  local name = "load_" .. tid .. "_" .. counter .. "_" .. os.time()
  return wrk.format("POST", "/api/uploads?filename=" .. name .. ".txt", nil, head .. "#" .. name .. tail)
end
LUA
warm -s "$work/upload.lua" "$base"
wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -s "$work/upload.lua" "$base" >"$work/upload.txt"
summary "upload (137 kB MetaPhlAn)" "$work/upload.txt"
