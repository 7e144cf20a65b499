#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what is missing (PostgreSQL's server, Chromium, qpdf, poppler and LibreOffice Writer), builds, runs every
# test project against a private PostgreSQL cluster, and ends with the line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
need_postgres
need_chromium
need_pdf_tools
need_word_processor

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
dotnet tool restore >/dev/null
dotnet build CommitteeHub.sln -c Release -nologo -v quiet
status=0
dotnet test CommitteeHub.sln -c Release --no-build --nologo --results-directory "$results" \
    --logger "trx" --logger "console;verbosity=normal" "$@" || status=$?

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    files=$((files + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
    passed=$((passed + $(value passed)))
    failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
    skipped=$((skipped + $(value notExecuted)))
done
if [ "$files" -eq 0 ]; then
    echo "No test results were written: the test run did not start."
    status=1
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
exit "$status"
