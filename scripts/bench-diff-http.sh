#!/usr/bin/env bash
# Times POST /api/diff round trips on the diff benchmarks' inputs (benchmarks/CommitteeHub.Benchmarks, DiffInputs:
# a motion and its amendment repeated to 10,000 and 100,000 words, the same in one paragraph, one word repeated,
# scattered edits; and the worst cases for growth, WorstCaseInputs, at 10,000 and 80,000 words (and 30,000), whose growth it prints),
# signed in as a councillor (the public may send 20,000 characters, a councillor 800,000: enough for the 100,000-word
# inputs). Starts the app with the README's run command on a data folder of its own,
# on its own port, with the diff rate limit raised for the run, and stops it at the end.
# Every input is warmed before any is timed: all of them, round robin, WARMUPS times each, as BenchmarkDotNet warms up.
# The runtime compiles a method first quickly and recompiles it optimised only after some 30 calls (and again with its
# profile), with a delay; warming one input and timing it before warming the next left the first inputs timed paying
# for that tiering (repeated-10000, the first after the start, had a median of 54.6 ms and a minimum of 12.8).
# first_ms is each input's first request, in the first warm-up round: what the very first requests after a start cost.
#   scripts/bench-diff-http.sh [runs=15] [warmups=60]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
need_postgres

runs="${1:-15}"; warmups="${2:-60}"; port=5181; base="http://127.0.0.1:$port"
work="$(mktemp -d)"; chmod 755 "$work"  # the database runs as the postgres user when we are root
jar="$work/cookies"
cleanup() {
    # run.sh execs `dotnet run`, which starts the app as its child: stop the whole process group this script started.
    if [ -n "${app:-}" ]; then kill -- "-$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

dotnet run -c Release --project benchmarks/CommitteeHub.Benchmarks -- diff-inputs "$work/inputs" >/dev/null
setsid ./run.sh --urls "$base" --CommitteeHub:EmbeddedDataDirectory="$work/postgres" \
    --CommitteeHub:Diff:SignedInPerMinute=1000000 --Logging:LogLevel:Default=Warning > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do curl -sf "$base/" >/dev/null && break; sleep 1; done
curl -sf "$base/" >/dev/null || { echo "The app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }

token="$(curl -sf -c "$jar" "$base/account/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Input.Email=councillor@demo.test" \
    --data-urlencode "Input.Password=Demo-pass-2026!" --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"

post() { # body-file -> "status seconds"
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$jar" -H 'Content-Type: application/json' \
        --data-binary "@$1" "$base/api/diff"
}

echo "POST /api/diff, signed in, median of $runs after $warmups round-robin warm-ups of every input; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-32s %8s %8s %10s %10s %10s\n' input words status first_ms median_ms min_ms
bodies=("$work"/inputs/*.json)
declare -A first
for body in "${bodies[@]}"; do first["$body"]="$(post "$body" | awk '{print $2 * 1000}')"; done
for _ in $(seq 2 "$warmups"); do for body in "${bodies[@]}"; do post "$body" >/dev/null; done; done
for body in "${bodies[@]}"; do
    name="$(basename "$body" .json)"
    results="$(for _ in $(seq 1 "$runs"); do post "$body"; done)"
    status="$(awk '{print $1}' <<<"$results" | sort | uniq -c | sort -rn | awk 'NR==1 {print $2}')"
    awk '{print $2 * 1000}' <<<"$results" | sort -n | awk -v name="$name" -v status="$status" -v words="${name##*-}" -v first="${first[$body]}" '
        { t[NR] = $1 } END { printf "%-32s %8s %8s %10.1f %10.1f %10.1f\n", name, words, status, first, t[int((NR + 1) / 2)], t[1] }'
done | tee "$work/table"
# How each input's cost grows from its shortest length to its longest, through the app and its collector, beside
# what n log n would make of the same growth. An input the app refused (a status other than 200: the signed-in limit
# is 2,000 paragraphs, and repeated-changed-paragraphs-80000 has more; its 30,000-word version has 1,934) is left out
# and named.
echo
echo "Growth, shortest to longest length (n log n: the words' ratio times the ratio of their logarithms):"
awk '$3 != 200 { print "(" $1 " answered " $3 ": left out)" }' "$work/table"
awk '$3 == 200 { input = $1; sub(/-[0-9]+$/, "", input)
       if (!(input in small) || $2 < small[input]) { small[input] = $2; smed[input] = $5; smin[input] = $6 }
       if (!(input in large) || $2 > large[input]) { large[input] = $2; lmed[input] = $5; lmin[input] = $6 } }
     END { for (i in small) if (large[i] > small[i])
         printf "%-32s %6d -> %6d words: median x%5.1f, fastest x%5.1f; n log n x%5.1f\n", i, small[i], large[i],
             lmed[i] / smed[i], lmin[i] / smin[i], large[i] * log(large[i]) / (small[i] * log(small[i])) }' "$work/table" | sort
