#!/usr/bin/env bash
# Measures the meeting page of the Council meeting of 7 June 2019 against the same bytes served as a static file by
# the same server, with wrk over loopback. Prints requests per second and p50/p99 latency for each, and the ratio.
#   scripts/bench-meeting-page.sh [seconds=20] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
need_postgres
command -v wrk >/dev/null 2>&1 || apt_install wrk

seconds="${1:-20}"; connections="${2:-16}"; port=5180
out="$(mktemp -d)"; data="$(mktemp -d)"; chmod 755 "$data"  # the server runs as the postgres user when we are root
cleanup() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$out" "$data"; }
trap cleanup EXIT

dotnet publish src/CommitteeHub.Web -c Release -o "$out" -nologo -v quiet
start_app() {
    (cd "$out" && exec dotnet CommitteeHub.Web.dll --urls "http://127.0.0.1:$port" \
        --CommitteeHub:EmbeddedDataDirectory="$data/postgres" --Logging:LogLevel:Default=Warning "$@") &
    app=$!
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done
}
start_app

id=$(curl -sf "http://127.0.0.1:$port/meetings/calendar/2019/6" | grep -o 'href="/meetings/[0-9]*">10.00am County Council' | head -n 1 | grep -o '[0-9][0-9]*' | head -n 1)
[ -n "$id" ] || { echo "Could not find the County Council meeting of 7 June 2019" >&2; exit 1; }
dynamic="/meetings/$id"
curl -sf "http://127.0.0.1:$port$dynamic" > "$out/wwwroot/bench-meeting.html"
static="/bench-meeting.html"
echo "Meeting page: $dynamic ($(wc -c < "$out/wwwroot/bench-meeting.html") bytes), static copy: $static"

measure() {
    wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port$1" >/dev/null   # warm-up
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$1"
}
report() {
    local rps p50 p99
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$2")
    p50=$(awk '$1=="50%" {print $2}' <<<"$2")
    p99=$(awk '$1=="99%" {print $2}' <<<"$2")
    printf '%-14s %10s req/s   p50 %8s   p99 %8s\n' "$1" "$rps" "$p50" "$p99" >&2
    echo "$rps"
}
static_result=$(measure "$static")
dynamic_result=$(measure "$dynamic")
# The same page rendered afresh for every request: what a signed-in reader (never served from the cache) gets.
kill "$app"; wait "$app" 2>/dev/null || true
start_app --CommitteeHub:CachePublicPages=false
uncached_result=$(measure "$dynamic")
echo "wrk -t2 -c$connections -d${seconds}s, $(nproc) cores, $(date -u +%Y-%m-%d)"
s=$(report "static file" "$static_result")
d=$(report "meeting page" "$dynamic_result")
u=$(report "uncached page" "$uncached_result")
awk -v d="$d" -v u="$u" -v s="$s" 'BEGIN { printf "meeting page (public, cached) at %.0f%% of the static file; rendered afresh at %.0f%%\n", 100 * d / s, 100 * u / s }'
