#!/usr/bin/env bash
# Load test of `khaldun serve` on loopback, bounded in time (about 80 s of
# load): wrk against /api/events and /api/series over a synthetic store of
# EVENTS events (default 1,000,000), with the server's resident memory
# sampled every second. Not part of `make test`; run by `make bench` (or by
# hand). Prints p50/p90/p99 latency, throughput and RSS; the figures in
# docs/PERFORMANCE.md come from it.
#
#   bench/serve_load.sh [BUILD_DIR]     (default build/release)
#   EVENTS=1000000 DURATION=20s CONNECTIONS=8 bench/serve_load.sh
#
# Traffic goes to 127.0.0.1 only. The store is kept in BUILD_DIR/bench-serve
# and reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
events=${EVENTS:-1000000}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-8}
threads=${WRK_THREADS:-2}

command -v wrk >/dev/null || { echo "serve_load: wrk is not installed (scripts/install-deps)"; exit 1; }
cmake --build "$build" --target khaldun serve_synth >/dev/null
work="$build/bench-serve"
mkdir -p "$work"
db="$work/synth-$events.db"
if [ ! -f "$db" ]; then
  echo "== generating $events synthetic events into $db"
  "$build/web/serve_synth" "$db.tmp" "$events" 1
  mv "$db.tmp" "$db"
  rm -f "$db.tmp-wal" "$db.tmp-shm"
fi

log="$work/serve.log"
server=""
rss_pid=""
cleanup() {
  [ -n "$rss_pid" ] && kill "$rss_pid" 2>/dev/null || true
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -n "$server" ] && wait "$server" 2>/dev/null || true
}
trap cleanup EXIT
start_server() {  # cache entries
  cleanup
  # One worker thread per connection: an httplib worker holds a keep-alive
  # connection while it is open.
  "$build/khaldun" serve --db "$db" --port 0 --no-coder -q --rate-limit 0 \
    --threads $((connections * 2)) --cache-entries "$1" 2>"$log" &
  server=$!
  port=""
  for _ in $(seq 100); do
    port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "serve_load: khaldun serve did not start:"; cat "$log"; exit 1; }
  base="http://127.0.0.1:$port"
  (while kill -0 "$server" 2>/dev/null; do echo "$(date +%s) $(rss_kb)" >>"$rss_log"; sleep 1; done) &
  rss_pid=$!
}
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$server/status"; }
rss_log="$work/rss.log"
: >"$rss_log"
start_server 0


lua="$work/paths.lua"
run() {  # name, then the paths wrk cycles through
  local name=$1
  shift
  {
    echo "local paths = {"
    for p in "$@"; do echo "  \"$p\","; done
    echo "}"
    echo "local i = 0"
    echo "request = function() i = i + 1; return wrk.format('GET', paths[(i % #paths) + 1]) end"
  } >"$lua"
  for p in "$@"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base$p")
    [ "$code" = 200 ] || { echo "serve_load: $p answered $code"; exit 1; }
  done
  echo "== $name: $# URLs, wrk -t$threads -c$connections -d$duration, RSS before $(rss_kb) kB"
  timeout 300 wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$lua" "$base" |
    grep -E 'Latency|Requests/sec|requests in|Non-2xx|Socket errors|^ +(50|75|90|99)%'
  echo "   RSS after $(rss_kb) kB"
}

events_paths=(
  "/api/events?limit=50"
  "/api/events?actor=USA&limit=50"
  "/api/events?source=IRNGOV&target=USAMIL&limit=50"
  "/api/events?code=19&from=2020-01-01&to=2020-12-31&limit=50"
  "/api/events?quad=4&location=IRQ&limit=50"
  "/api/events?actor=RUS&offset=500&limit=50"
  "/api/events?from=2023-03-01&to=2023-03-31&limit=100"
)
series_paths=(
  "/api/series?actor=USA&bucket=month"
  "/api/series?source=IRN&target=USA&bucket=week"
  "/api/series?code=19&bucket=day&from=2020-01-01&to=2020-12-31"
  "/api/series?actor=CHNGOV&bucket=month"
  "/api/series?source=RUSMIL&target=UKR&bucket=day"
)
echo "== store: $db ($(du -h "$db" | cut -f1)); server RSS at start $(rss_kb) kB"
echo "== without the answer cache (--cache-entries 0): every request queries the store"
run "/api/events" "${events_paths[@]}"
run "/api/series" "${series_paths[@]}"
run "/api/events again (RSS must stay flat)" "${events_paths[@]}"
curl -s "$base/metrics" | grep -E '^khaldun_http_requests_total' | sed 's/^/   /'
awk 'NR == 1 {min = $2; max = $2} {if ($2 < min) min = $2; if ($2 > max) max = $2; last = $2}
     NR == 6 {warm = $2}
     END {printf "== RSS over the run: min %d kB, max %d kB, after warm-up %d kB, at the end %d kB (%d samples)\n",
          min, max, warm, last, NR}' "$rss_log"
echo "== with the answer cache (default): the same series URLs, as a dashboard asks them again"
start_server 256
run "/api/series, cached" "${series_paths[@]}"
curl -s "$base/metrics" | grep -E '^khaldun_cache_lookups_total' | sed 's/^/   /'
