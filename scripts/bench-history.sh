#!/usr/bin/env bash
# The same pages on councils with more and less history, measured side by side in the same minutes: issue 12's aim
# that every page on twenty years answers within 1.5 times the demo's p50. bench-pages.sh measures one council a run,
# and on a shared machine two runs ten minutes apart differ by more than the aim; here every council's app runs at
# once (each started by the README's run command, on its own data folder, the page cache off) and each page is
# measured on each council in turn, ROUNDS times round, so that a slow minute falls on all of them.
#
#   scripts/bench-history.sh [--rounds R] [--seconds S] [--connections C] [--pages "councillors ..."] YEARS:DIR[:CHECKOUT] ...
#
#   YEARS:DIR     a council: 0 for the demo alone, N for the demo and N years of the synthetic county around it, in the
#                 data folder DIR (created and seeded if empty, reused as it is otherwise). The first is the reference.
#   :CHECKOUT     run that council's app from another checkout of the repository (a git worktree of an earlier
#                 commit, say), so that a change is measured before and after side by side, each on its own copy of
#                 the same data; by default this one.
#   --rounds R    times round every page and council (default 3); the figures are the medians of the rounds.
#   --seconds S   measured seconds per page, council and round (default 4, after 2 s of warming).
#   --connections C  wrk connections (default 16, the aim's).
#   --pages       a subset of bench-pages.sh's pages (default: all of them); the addresses are the reference council's.
# Prints per page and council: requests/s, p50, p99, the CPU milliseconds per request of the app and of its database
# server (every process of its PostgreSQL cluster), and the p50 as a multiple of the reference council's.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
need_postgres
command -v wrk >/dev/null 2>&1 || apt_install wrk
source scripts/bench-lib.sh

rounds=3; seconds=4; connections=16
pages="home committees committee meeting item paper month year councillors councillor decisions forwardplan motion"
councils=()
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift 2;;
        --seconds) seconds="$2"; shift 2;;
        --connections) connections="$2"; shift 2;;
        --pages) pages="$2"; shift 2;;
        *:*) councils+=("$1"); shift;;
        *) echo "Unknown argument $1 (see the head of $0)" >&2; exit 2;;
    esac
done
[ "${#councils[@]}" -ge 2 ] || { echo "Give at least two councils, YEARS:DIR (see the head of $0)." >&2; exit 2; }

work="$(mktemp -d)"; results="$work/results"; : > "$results"
apps=()
cleanup() {
    for a in "${apps[@]}"; do kill -- "-$a" 2>/dev/null || true; done
    for a in "${apps[@]}"; do for _ in $(seq 1 120); do kill -0 -- "-$a" 2>/dev/null || break; sleep 0.5; done; done
    rm -rf "$work"
}
trap cleanup EXIT

declare -A base folder
for i in "${!councils[@]}"; do
    IFS=: read -r years dir checkout <<<"${councils[$i]}"; checkout="${checkout:-.}"
    mkdir -p "$dir"; chmod 755 "$dir"; dir="$(cd "$dir" && pwd)"; folder[$i]="$dir"
    port=$(free_port); base[$i]="http://127.0.0.1:$port"
    echo "Starting council $i (years: $years) on $dir..." >&2
    setsid "$checkout/run.sh" --urls "${base[$i]}" --CommitteeHub:EmbeddedDataDirectory="$dir/postgres" --CommitteeHub:SyntheticCouncilYears="$years" \
        --CommitteeHub:CachePublicPages=false --Logging:LogLevel:Default=Warning >"$work/app$i.log" 2>&1 &
    apps+=($!)
    # One at a time: seeding a county takes both cores for a minute.
    for _ in $(seq 1 1800); do
        curl -sf -o /dev/null "${base[$i]}/" && break
        kill -0 "${apps[$i]}" 2>/dev/null || { cat "$work/app$i.log" >&2; echo "Council $i's app stopped before answering." >&2; exit 1; }
        sleep 1
    done
done

find_addresses "${base[0]}"
for p in $pages; do [ -n "${url[$p]:-}" ] || { echo "No address found for the page '$p'." >&2; exit 1; }; done

cluster_pids() { local pm; pm=$(head -1 "$1/postgres/postmaster.pid"); echo "$pm" $(pgrep -P "$pm"); }
ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }

# Every page on every council for at least 90 s first: the runtime compiles a busy method three times (quick,
# instrumented, optimised), and on two cores that backlog lasts about a minute after a start.
until=$(( $(date +%s) + 90 ))
while [ "$(date +%s)" -lt "$until" ]; do
    for p in $pages; do for i in "${!councils[@]}"; do wrk -t2 -c"$connections" -d2s "${base[$i]}${url[$p]}" >/dev/null 2>&1; done; done
done

hz=$(getconf CLK_TCK)
for r in $(seq 1 "$rounds"); do
    for p in $pages; do
        for i in "${!councils[@]}"; do
            address="${base[$i]}${url[$p]}"
            wrk -t2 -c"$connections" -d2s "$address" >/dev/null 2>&1
            app=$(listener "${base[$i]##*:}"); db=$(cluster_pids "${folder[$i]}")
            a0=$(ticks "$app"); d0=$(ticks $db)
            out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$address")
            a1=$(ticks "$app"); d1=$(ticks $db)
            n=$(awk '/requests in/ {print $1}' <<<"$out")
            non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
            [ -z "$non2xx" ] || echo "warning: council $i $p answered $non2xx non-2xx responses" >&2
            echo "$p $i $(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1=="50%" {print $2}' <<<"$out") $(awk '$1=="99%" {print $2}' <<<"$out")" \
                "$(awk -v a="$a0" -v b="$a1" -v n="$n" -v hz="$hz" 'BEGIN { printf "%.3f", (b - a) * 1000 / hz / n }')" \
                "$(awk -v a="$d0" -v b="$d1" -v n="$n" -v hz="$hz" 'BEGIN { printf "%.3f", (b - a) * 1000 / hz / n }')" >> "$results"
        done
    done
done

echo
echo "wrk -t2 -c$connections -d${seconds}s over loopback, the page cache off; medians of $rounds rounds; $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M') UTC"
for i in "${!councils[@]}"; do echo "council $i: ${councils[$i]}"; done
printf '%-12s %-8s %10s %9s %9s %8s %8s %10s\n' page council "req/s" p50 p99 "app ms" "db ms" "p50 x ref"
# wrk prints latencies with units (us, ms, s): in milliseconds, then the median of the rounds per page and council.
awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    { key = $1 " " $2; n[key]++; rps[key, n[key]] = $3; p50[key, n[key]] = ms($4); p99[key, n[key]] = ms($5); app[key, n[key]] = $6; db[key, n[key]] = $7
      if (!(key in seen)) { seen[key] = 1; order[++k] = key } }
    function median(arr, key, m,   i, j, t, v) { for (i = 1; i <= m; i++) v[i] = arr[key, i]
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
        return v[int((m + 1) / 2)] }
    END { for (x = 1; x <= k; x++) { key = order[x]; split(key, part, " ")
            m = n[key]; q = median(p50, key, m); if (part[2] == 0) ref[part[1]] = q
            printf "%-12s %-8s %10.0f %7.2fms %7.2fms %8.3f %8.3f %10.2f\n", part[1], part[2], median(rps, key, m), q, median(p99, key, m), median(app, key, m), median(db, key, m), q / ref[part[1]] } }
' "$results"
