#!/usr/bin/env bash
# Measures how long a refused sign-in takes for an unknown account and for a wrong password (a locked account takes
# the unknown account's path), to show that the time does not tell them apart. Against a running app whose sign-in
# throttle is raised out of the way, e.g.:
#   ./run.sh --CommitteeHub:EmbeddedDataDirectory=/tmp/bench --CommitteeHub:SignIn:AttemptsPerAddress=100000 \
#       --urls http://127.0.0.1:5077 &
#   scripts/bench-sign-in.sh http://127.0.0.1:5077 20
# All attempts come from one address, so only the first few wrong passwords count against the demo clerk, who is not
# locked out by running this.
set -euo pipefail
base="${1:-http://127.0.0.1:5077}"
runs="${2:-20}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT

token="$(curl -sf -c "$jar" "$base/account/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)"
[ -n "$token" ] || { echo "No sign-in form at $base/account/sign-in" >&2; exit 1; }

attempt() { # email password address -> seconds taken
    curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" -H "X-Forwarded-For: $3" \
        --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=$2" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
}

measure() { # label email password
    local times=() i
    attempt "$2" "$3" 198.18.0.1 > /dev/null # warm up
    for ((i = 1; i <= runs; i++)); do times+=("$(attempt "$2" "$3" 198.18.0.1)"); done
    printf '%s\n' "${times[@]}" | sort -n | awk -v label="$1" '
        { t[NR] = $1 * 1000; sum += t[NR] }
        END { printf "%-22s n=%d  median %6.1f ms  mean %6.1f ms  min %6.1f ms  max %6.1f ms\n", label, NR, t[int((NR + 1) / 2)], sum / NR, t[1], t[NR] }'
}

measure "unknown account" "nobody-$RANDOM@demo.test" "Demo-pass-2026!"
measure "wrong password" "clerk@demo.test" "not-the-password-$RANDOM"
