#!/usr/bin/env bash
# Times a 100-page reports pack made by CommitteeHub.Documents against the same content printed to PDF by headless
# Chromium, on this machine, in one run. Prints both medians and the ratio.
#   scripts/bench-pdf.sh [our runs=9] [chromium runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
need_chromium
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

ours_runs="${1:-9}"; chromium_runs="${2:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

dotnet build benchmarks/CommitteeHub.Benchmarks -c Release -nologo -v quiet >/dev/null
# Our renderer, in process: warm-up runs first, then the median of the measured ones (the app renders packs in a
# long-running process, so start-up is not part of the figure).
ours=$(dotnet run -c Release --no-build --project benchmarks/CommitteeHub.Benchmarks -- pdf-pack "$out" "$ours_runs")
echo "ours:     $ours"
ours_ms=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' <<<"$ours")

# Chromium: a fresh headless process per print, as an HTML-to-PDF service would run it; one unmeasured run first
# so the font and disk caches are warm.
print() {
    "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --print-to-pdf="$out/chromium.pdf" "file://$out/pack.html" >/dev/null 2>&1
}
print
times=()
for _ in $(seq 1 "$chromium_runs"); do
    start=$(date +%s%N); print; end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
done
chromium_ms=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
pages="?"
if command -v pdfinfo >/dev/null 2>&1; then pages=$(pdfinfo "$out/chromium.pdf" | awk '/^Pages:/ {print $2}'); fi
echo "chromium: pages=$pages runs=$chromium_runs median_ms=$chromium_ms all_ms=${times[*]}"
awk -v o="$ours_ms" -v c="$chromium_ms" 'BEGIN { printf "CommitteeHub.Documents %.0f ms, Chromium %.0f ms: %.1f times faster\n", o, c, c / o }'
