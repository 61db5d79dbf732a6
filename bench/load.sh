#!/usr/bin/env bash
# Load test of the gutskin service on loopback, bounded in time: starts `gutskin serve` on a free port with a
# throwaway data directory (embedded H2), then drives it with bench/src/main/java/org/gutskin/bench/LoadClient.java
# (JDK only, run as a single source file: nothing to install), CLIENTS closed-loop clients (default 32), each on its
# own keep-alive connection, a 3 s warm-up then SECONDS measured per scenario:
#   1-3. cached report fetches: GET /api/samples/{id}/report?format=json|html|pdf, the same report every time
#        (targets: json >= 200 req/s and html >= 100 req/s with p99 < 200 ms on 2 cores; pdf p99 < 1 s)
#   4-6. uncached report fetches: the same, but each request names another subject (&subject=load-N, a report
#        option), so the service's report cache cannot answer and every request builds and renders its report
#        (the sample's scored profile is kept by the renderer, as it is after a sample's first report in real use)
#   7. uploads: POST /api/uploads, a real 137 kB MetaPhlAn 4 profile made unique per request (its sample-id header
#      line carries a counter), so every request is a new stored upload, not an idempotent duplicate
# Prints requests/s, p50/p99 latency, the server's CPU time per request and the machine's 1-minute load average per
# scenario (other jobs on the machine change req/s and latency: state the load with them; CPU per request much less). Usage: bench/load.sh [SECONDS per scenario, default 10]
# [CLIENTS, default 32]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
secs="${1:-10}"; clients="${2:-32}"
client="$here/bench/src/main/java/org/gutskin/bench/LoadClient.java"
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

echo "gutskin load test: ${secs}s per scenario after a 3 s warm-up, $clients clients, loopback, embedded H2;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
# the server's CPU time (user + system, all threads, from /proc) per answered request, warm-up included: unlike
# req/s it hardly depends on what else runs on the machine (the client's own CPU is not in it)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
drive() {
  local c0 c1 out n; c0="$(cpu)"
  out="$(java -Xmx512m "$client" "$@" 2>&1 | grep -v '^LoadClient: ' || true)"
  c1="$(cpu)"; n="$(echo "$out" | sed -n 's/.*answers \([0-9]*\).*/\1/p')"
  echo "$out   server CPU $(awk -v c="$((c1 - c0))" -v n="${n:-0}" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { if (n > 0) printf "%.2f ms/request", c * 1000 / hz / n; else printf "-" }')   load $(cut -d' ' -f1 /proc/loadavg)"
}
for f in json html pdf; do
  # one fetch first (concurrent misses of one report render once, but the first PDF of a cold JVM takes seconds)
  curl -fs -o /dev/null -H "Authorization: Bearer $token" "$base/api/samples/$id/report?format=$f"
  drive "cached $f" "$base/api/samples/$id/report?format=$f" "$secs" "$clients" --header "Authorization: Bearer $token"
done
# the service has rendered reports before in real use: a short untimed pass lets the JIT compile the report path
java -Xmx512m "$client" "warm-up" "$base/api/samples/$id/report?format=html&subject=warm-{n}" 5 "$clients" \
  --header "Authorization: Bearer $token" >/dev/null 2>&1 || true
for f in json html pdf; do
  drive "uncached $f" "$base/api/samples/$id/report?format=$f&subject=load-{n}" "$secs" "$clients" \
    --header "Authorization: Bearer $token"
done
profile="$here/../shared/data/formats/metaphlan/ERR7569997.metaphlan4.txt"
drive "upload (137 kB MetaPhlAn)" "$base/api/uploads" "$secs" "$clients" --header "Authorization: Bearer $token" \
  --upload "$profile" ERR7569997
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
