#!/usr/bin/env bash
# Measures the designer's cold boot on the instance scripts/run.sh serves (same build, Development, SQLite with demo data):
# starts the app on a spare port, drives Debian Chromium with the Playwright driver the tests restore, prints each run,
# the median, `uptime` before and after, and the request waterfall of the median run; stops the app.
# Usage: scripts/measure-designer-boot.sh [definitionId=motor-claim] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
definition=${1:-motor-claim}
runs=${2:-5}
port=${PORT:-5097}
dotnet tool restore >/dev/null
dotnet build Claims.Web -nologo -v q -clp:ErrorsOnly
dotnet build Claims.Tests -nologo -v q -clp:ErrorsOnly -p:SkipElsaStudio=true # restores Playwright's driver
driver=Claims.Tests/bin/Debug/net10.0/.playwright
export PLAYWRIGHT_PACKAGE=$PWD/$driver/package
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
log=$(mktemp)
(cd Claims.Web && exec dotnet bin/Debug/net10.0/Claims.Web.dll --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/Account/Login" && break; sleep 1; done
echo "uptime before: $(uptime)"
"$driver/node/linux-x64/node" scripts/measure-designer-boot.js "http://127.0.0.1:$port" "$definition" "$runs"
echo "uptime after: $(uptime)"
