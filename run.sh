#!/usr/bin/env bash
# Runs CommitteeHub with the demo council on a private PostgreSQL cluster, installing PostgreSQL if it is missing.
# Arguments go to the app, e.g. ./run.sh --urls http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
if [ -z "${ConnectionStrings__CommitteeHub:-}" ]; then need_postgres; fi
echo "Building CommitteeHub (the first build takes a few minutes)..." >&2
dotnet build src/CommitteeHub.Web -c Release -nologo -v quiet -clp:ErrorsOnly
echo "Starting CommitteeHub; it says where it listens when it is ready (the first start also creates and fills the demo database)." >&2
exec dotnet run --project src/CommitteeHub.Web -c Release --no-build -- "$@"
