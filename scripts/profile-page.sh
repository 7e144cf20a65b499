#!/usr/bin/env bash
# Where a page's time goes: the app started by the README's run command on a data folder (the page cache off), one page
# asked by wrk at 16 connections, and the whole machine sampled by perf meanwhile, so the app, PostgreSQL, wrk and the
# kernel are seen in one profile. The app runs with the settings that let perf name .NET frames: a perf map
# (DOTNET_PerfMapEnabled), compiled code written where perf can read it (DOTNET_EnableWriteXorExecute=0: with it on,
# every .NET frame shows as "memfd:doublemapper") and the framework compiled afresh rather than precompiled
# (DOTNET_ReadyToRun=0), which makes the app a little slower than as shipped.
#
#   scripts/profile-page.sh [--seconds S] [--warm W] DIR PAGE OUT
#
#   DIR     a data folder (as bench-history.sh's; seeded with the demo if empty)
#   PAGE    the address to ask, e.g. /meetings/2
#   OUT     the prefix of what is written: OUT.perf (perf's data), OUT.wrk, OUT.who (the machine's samples by process
#           and library) and OUT.app (the app's samples by assembly)
#   --seconds S  seconds sampled (default 10), --warm W  seconds of warming first (default 90: the runtime compiles a
#           busy method three times, and on two cores that takes about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
need_postgres
command -v wrk >/dev/null 2>&1 || apt_install wrk
command -v perf >/dev/null 2>&1 || apt_install linux-perf
source scripts/bench-lib.sh

seconds=10; warm=90
while [ $# -gt 3 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2;;
        --warm) warm="$2"; shift 2;;
        *) echo "Unknown argument $1 (see the head of $0)" >&2; exit 2;;
    esac
done
[ $# -eq 3 ] || { echo "Give DIR PAGE OUT (see the head of $0)." >&2; exit 2; }
dir="$1"; page="$2"; out="$3"
mkdir -p "$dir"; chmod 755 "$dir"; dir="$(cd "$dir" && pwd)"

port=$(free_port); base="http://127.0.0.1:$port"
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_ReadyToRun=0 setsid ./run.sh --urls "$base" \
    --CommitteeHub:EmbeddedDataDirectory="$dir/postgres" --CommitteeHub:CachePublicPages=false --Logging:LogLevel:Default=Warning \
    >"$out.app.log" 2>&1 &
app=$!
trap 'kill -- -$app 2>/dev/null || true; for _ in $(seq 1 60); do kill -0 -- -$app 2>/dev/null || break; sleep 0.5; done' EXIT
for _ in $(seq 1 1800); do
    curl -sf -o /dev/null "$base/" && break
    kill -0 "$app" 2>/dev/null || { cat "$out.app.log" >&2; echo "The app stopped before answering." >&2; exit 1; }
    sleep 1
done

wrk -t2 -c16 -d"${warm}s" "$base$page" >/dev/null
wrk -t2 -c16 -d"$((seconds + 4))s" --latency "$base$page" >"$out.wrk" &
load=$!
sleep 2
perf record -F 499 -a -g -o "$out.perf" -- sleep "$seconds" >/dev/null 2>&1
wait "$load"

perf report -i "$out.perf" --no-children --sort comm,dso --stdio -g none 2>/dev/null | grep -E '^ +[0-9]' | head -30 >"$out.who"
# The app's samples by assembly (the name in brackets in each .NET frame), the kernel's and native libraries' by name.
perf report -i "$out.perf" --comm '.NET TP Worker' --no-children --sort symbol --stdio -g none 2>/dev/null \
    | awk '/^ +[0-9.]+%/ { p = $1 + 0; if ($2 == "[k]") k = "kernel " $3; else if (match($0, /\[[A-Za-z][A-Za-z0-9_.]*\]/)) k = substr($0, RSTART + 1, RLENGTH - 2); else k = $3
                            share[k] += p } END { for (k in share) printf "%6.2f%%  %s\n", share[k], k }' | sort -rn | head -40 >"$out.app"
grep -E 'Requests/sec|50%|99%' "$out.wrk"
echo "The machine's samples by process and library ($out.who):"; head -12 "$out.who"
echo "The app's request threads by assembly ($out.app):"; head -20 "$out.app"
