#!/usr/bin/env bash
# Times serving a published PDF (the reports pack of the County Council meeting of 7 June 2019) once it has been
# generated: anonymously (the public's copy, from the output cache) and signed in as the clerk (never output-cached:
# the paper is looked up in the archive of kept versions by its fingerprint). Prints the first, generating request and
# the median and 95th percentile of the cached ones, over loopback.
#   scripts/bench-cached-pdf.sh [requests=200]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
need_postgres

requests="${1:-200}"; port=5181
out="$(mktemp -d)"; data="$(mktemp -d)"; chmod 755 "$data"  # the server runs as the postgres user when we are root
cleanup() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$out" "$data"; }
trap cleanup EXIT

dotnet publish src/CommitteeHub.Web -c Release -o "$out" -nologo -v quiet
(cd "$out" && exec dotnet CommitteeHub.Web.dll --urls "http://127.0.0.1:$port" \
    --CommitteeHub:EmbeddedDataDirectory="$data/postgres" --Logging:LogLevel:Default=Warning) &
app=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done
base="http://127.0.0.1:$port"

id=$(curl -sf "$base/meetings/calendar/2019/6" | grep -o 'href="/meetings/[0-9]*">10.00am County Council' | head -n 1 | grep -o '[0-9][0-9]*' | head -n 1)
[ -n "$id" ] || { echo "Could not find the County Council meeting of 7 June 2019" >&2; exit 1; }

jar="$out/cookies"
token=$(curl -sf -c "$jar" "$base/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.Email=clerk@demo.test" --data-urlencode "Input.Password=Demo-pass-2026!" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"

time_ms() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$@" | awk '$1 != 200 { print "HTTP " $1 > "/dev/stderr"; exit 1 } { printf "%.2f\n", $2 * 1000 }'; }
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "median %6.2f ms   p95 %6.2f ms   (%d requests)\n", v[int((NR + 1) / 2)], v[int(NR * 0.95)], NR }'; }

url="$base/meetings/$id/pack.pdf"
echo "Reports pack: /meetings/$id/pack.pdf, $(curl -s "$url" | wc -c) bytes; $(nproc) cores, $(date -u +%Y-%m-%d)"
printf 'signed in, first request (generates the full edition):  %s ms\n' "$(time_ms -b "$jar" "$url?edition=full")"
printf 'signed in, kept copy (archive lookup):  ' ; for _ in $(seq 1 "$requests"); do time_ms -b "$jar" "$url?edition=full"; done | stats
printf 'public, cached copy (output cache):     ' ; for _ in $(seq 1 "$requests"); do time_ms "$url"; done | stats
