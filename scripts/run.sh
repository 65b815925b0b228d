#!/usr/bin/env bash
# Runs Claims.Web on the embedded defaults (SQLite in Claims.Web/App_Data, in-memory bus) with demo data.
# Usage: scripts/run.sh [--urls http://127.0.0.1:5080]
set -euo pipefail
cd "$(dirname "$0")/.."
url=http://127.0.0.1:5080
if [ "${1:-}" = "--urls" ]; then url=${2:?}; fi
dotnet tool restore >/dev/null
dotnet build Claims.Web -nologo -v q -clp:ErrorsOnly
echo "Claims: starting at $url (sign in as agent / Claims!2026 — README lists every demo user)"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
exec dotnet run --no-build --project Claims.Web --no-launch-profile --urls "$url"
