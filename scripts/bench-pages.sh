#!/usr/bin/env bash
# Every page issue 12 names, under wrk over loopback: for the public from the output cache, for the public with the
# cache off, and for a signed-in councillor (their own kept copy); beside nginx serving each page's own bytes as a static
# file in the same run, under the same load, and Kestrel alone serving the same bytes (BareKestrel in the benchmarks
# project: what the page cache would reach if the app did no work at all). The app is started by the README's run command.
#
#   scripts/bench-pages.sh [--years N] [--data DIR] [--seconds S] [--connections "16 64"] [--pages "home meeting ..."]
#
#   --years N     seed N years of the synthetic county around the demo (CommitteeHub:SyntheticCouncilYears); with
#                 --data, a folder already seeded is reused as it is.
#   --data DIR    the app's data folder (default: a fresh temporary one, removed afterwards).
#   --seconds S   measured seconds per page and reader (default 10, after a 2 s warm-up).
#   --connections the wrk connection counts to measure at (default "16 64").
#   --pages       a subset of: home committees committee meeting item paper month year councillors councillor
#                 decisions forwardplan motion.
# Prints one table (requests/s, p50, p99) and, per page, its figures as a fraction of nginx's.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
source scripts/bench-lib.sh
need_postgres
command -v wrk >/dev/null 2>&1 || apt_install wrk
command -v nginx >/dev/null 2>&1 || apt_install nginx-light

years=0; data=""; seconds=10; connections="16 64"
pages="home committees committee meeting item paper month year councillors councillor decisions forwardplan motion"
while [ $# -gt 0 ]; do
    case "$1" in
        --years) years="$2"; shift 2;;
        --data) data="$2"; shift 2;;
        --seconds) seconds="$2"; shift 2;;
        --connections) connections="$2"; shift 2;;
        --pages) pages="$2"; shift 2;;
        *) echo "Unknown argument $1 (see the head of $0)" >&2; exit 2;;
    esac
done

# Three free ports on loopback (another app or nginx may hold any fixed one).
port=$(free_port); nginx_port=$(free_port); while [ "$nginx_port" = "$port" ]; do nginx_port=$(free_port); done
kestrel_port=$(free_port); while [ "$kestrel_port" = "$port" ] || [ "$kestrel_port" = "$nginx_port" ]; do kestrel_port=$(free_port); done
base="http://127.0.0.1:$port"
work="$(mktemp -d)"; chmod 755 "$work"   # nginx's workers and the database server run as other users when we are root
if [ -z "$data" ]; then data="$work/data"; fi
mkdir -p "$data" "$work/static"; chmod 755 "$data" "$work/static"
data="$(cd "$data" && pwd)"

app=""
stop_app() {
    [ -n "$app" ] || return 0
    kill -- "-$app" 2>/dev/null || true
    # Until the whole group (dotnet run, the app, its database server) has gone: the data folder is the app's alone.
    for _ in $(seq 1 120); do kill -0 -- "-$app" 2>/dev/null || break; sleep 0.5; done
    wait "$app" 2>/dev/null || true; app=""
}
cleanup() {
    stop_app
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    [ -n "${kestrel:-}" ] && kill -- "-$kestrel" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

start_app() {
    # run.sh builds (quietly when nothing changed) and runs the app; its own process group, so that stopping it
    # stops `dotnet run` and the app under it.
    setsid ./run.sh --urls "$base" --CommitteeHub:EmbeddedDataDirectory="$data/postgres" \
        --CommitteeHub:SyntheticCouncilYears="$years" --Logging:LogLevel:Default=Warning "$@" >"$work/app.log" 2>&1 &
    app=$!
    for _ in $(seq 1 1800); do
        curl -sf "$base/" >/dev/null 2>&1 && return 0
        kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; echo "The app stopped before answering." >&2; exit 1; }
        sleep 1
    done
    echo "The app did not answer within 30 minutes." >&2; exit 1
}

echo "Starting the app on $data (years: $years)..." >&2
started=$(date +%s)
start_app
echo "Answering after $(( $(date +%s) - started )) s." >&2
# ---- the addresses, found from the pages themselves ----
get() { curl -sf "$base$1"; }
find_addresses "$base"
for p in $pages; do
    [ -n "${url[$p]:-}" ] || { echo "No address found for the page '$p'." >&2; exit 1; }
done

# ---- a signed-in councillor's cookie ----
jar="$work/cookies"
form=$(curl -sf -c "$jar" -b "$jar" "$base/account/sign-in")
fields=$(perl -ne 'while (/<input[^>]*type="hidden"[^>]*>/g) { my $t = $&; my ($n) = $t =~ /name="([^"]*)"/; my ($v) = $t =~ /value="([^"]*)"/; print "--data-urlencode\n$n=$v\n" if defined $n }' <<<"$form")
mapfile -t hidden <<<"$fields"
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "${hidden[@]}" \
    --data-urlencode "Input.Email=councillor@demo.test" --data-urlencode "Input.Password=Demo-pass-2026!" "$base/account/sign-in")
[ "$status" = 302 ] || { echo "Signing in as councillor@demo.test answered $status, not a redirect." >&2; exit 1; }
cookie=$(awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")

# ---- nginx serving each page's own bytes ----
for p in $pages; do get "${url[$p]}" > "$work/static/$p.html"; done
cat > "$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/static;
        default_type text/html;
    }
}
EOF
nginx -c "$work/nginx.conf" -p "$work"
# ---- Kestrel alone serving the same bytes, with the app's collector (server GC) ----
dotnet build benchmarks/CommitteeHub.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly >&2
DOTNET_gcServer=1 setsid dotnet run -c Release --no-build --project benchmarks/CommitteeHub.Benchmarks -- \
    bare-kestrel "$work/static" "http://127.0.0.1:$kestrel_port" >"$work/kestrel.log" 2>&1 &
kestrel=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$kestrel_port/home.html" && break; sleep 0.5; done

# ---- measuring ----
results="$work/results"; : > "$results"
cpu_ticks() { [ -n "${1:-}" ] && awk '{print $14 + $15}' "/proc/$1/stat" || echo 0; }
measure() { # label page connections url [header]
    local label="$1" page="$2" c="$3" address="$4" out pid=""; shift 4
    case "$label" in nginx) ;; kestrel) pid=$(listener "$kestrel_port");; *) pid=$(listener "$port");; esac
    wrk -t2 -c"$c" -d2s "$@" "$address" >/dev/null 2>&1
    local before; before=$(cpu_ticks "$pid")
    out=$(wrk -t2 -c"$c" -d"${seconds}s" --latency "$@" "$address")
    local after; after=$(cpu_ticks "$pid")
    local rps p50 p99 non2xx n cpu
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    cpu=$(awk -v a="$before" -v b="$after" -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.3f", (n > 0 ? (b - a) * 1000 / hz / n : 0) }')
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    [ -z "$non2xx" ] || echo "warning: $label $page answered $non2xx non-2xx responses" >&2
    echo "$page $c $label $rps $p50 $p99 $cpu" >> "$results"
}
# Every page once for the reader before any is measured: the app compiles its code as it first runs it (and again,
# optimised, once it runs often), so the first page measured after a start was measured half compiled. That, not the
# page, was why home (measured first) looked the slowest from the cache.
# Twice round: with profile-guided optimisation the JIT compiles a busy method three times (quick, instrumented,
# optimised), and on two cores that backlog lasted about a minute after a start (measured: the uncached meeting page
# after 60 s is 1.1 ms of CPU a request with it, 1.5 without; in its first minute 3.5 with it, 2.1 without).
# And for at least 90 s: a few pages (--pages) go twice round in far less than that backlog, and were then measured
# half compiled (the first page measured uncached after a start: 4 ms of CPU a request instead of 1.2).
warm_up() { # [header args]
    local rounds=0 until=$(( $(date +%s) + 90 ))
    while [ "$rounds" -lt 2 ] || [ "$(date +%s)" -lt "$until" ]; do
        for p in $pages; do wrk -t2 -c16 -d3s "$@" "$base${url[$p]}" >/dev/null 2>&1; done
        rounds=$((rounds + 1))
    done
}
run_all() { # label [header args]
    local label="$1"; shift
    warm_up "$@"
    for c in $connections; do for p in $pages; do measure "$label" "$p" "$c" "$base${url[$p]}" "$@"; done; done
}
for c in $connections; do for p in $pages; do measure nginx "$p" "$c" "http://127.0.0.1:$nginx_port/$p.html"; done; done
# Kestrel's compiler warmed as the app's is (twice round), then measured.
for _ in 1 2; do for p in $pages; do wrk -t2 -c16 -d3s "http://127.0.0.1:$kestrel_port/$p.html" >/dev/null 2>&1; done; done
for c in $connections; do for p in $pages; do measure kestrel "$p" "$c" "http://127.0.0.1:$kestrel_port/$p.html"; done; done
run_all public-cached
run_all councillor -H "Cookie: $cookie"
stop_app
start_app --CommitteeHub:CachePublicPages=false
run_all public-uncached

# ---- the report ----
echo
echo "wrk -t2 -d${seconds}s over loopback; $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M') UTC; data: $data (synthetic years: $years)"
echo "(each reader's cell: requests/s, p50, p99, and the server's CPU milliseconds per request: the app's, or bare Kestrel's)"
printf '%-12s %5s %7s | %-33s | %-33s | %-33s | %-33s | %-33s\n' page conns KB "nginx req/s p50 p99" "bare Kestrel" "public cached" "public uncached" "councillor"
for c in $connections; do
    for p in $pages; do
        kb=$(( $(wc -c < "$work/static/$p.html") / 1024 ))
        line=$(printf '%-12s %5s %7s' "$p" "$c" "$kb")
        for label in nginx kestrel public-cached public-uncached councillor; do
            cell=$(awk -v p="$p" -v c="$c" -v l="$label" '$1==p && $2==c && $3==l { printf "%9s %7s %7s", $4, $5, $6; if (l != "nginx") printf " %6s", $7 }' "$results")
            line="$line | $(printf '%-33s' "$cell")"
        done
        echo "$line"
    done
done
echo
echo "As a fraction of nginx serving the same bytes (requests/s), and public cached as a fraction of bare Kestrel:"
awk '{ r[$1" "$2" "$3] = $4; k[$1" "$2] = 1 }
     END { for (x in k) if (r[x" nginx"] > 0 && r[x" kestrel"] > 0) printf "%-16s bare Kestrel %.3f, public cached %.3f, public uncached %.3f, councillor %.3f; cached of Kestrel %.3f\n", x, r[x" kestrel"] / r[x" nginx"], r[x" public-cached"] / r[x" nginx"], r[x" public-uncached"] / r[x" nginx"], r[x" councillor"] / r[x" nginx"], r[x" public-cached"] / r[x" kestrel"] }' "$results" | sort
echo
echo "Addresses: $(for p in $pages; do printf '%s=%s ' "$p" "${url[$p]}"; done)"
