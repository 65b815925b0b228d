#!/usr/bin/env bash
# Runs every test with what they need: RabbitMQ on loopback (started here), PostgreSQL binaries (the tests start
# their own throwaway cluster), Chromium for the browser tests. Installs what is missing when root; idempotent and
# quick when everything is in place. The last line is the summary CI reads: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
results=artifacts/test-results

log() { echo "test.sh: $*" >&2; }
is_root() { [ "$(id -u)" -eq 0 ]; }
rabbit_port_open() { (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; }
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }

install_missing() {
  local missing=()
  have rabbitmq-server || missing+=(rabbitmq-server)
  have chromium || missing+=(chromium)
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! is_root; then
    log "missing ${missing[*]} and not root: install them (apt-get install ${missing[*]}); continuing"
    return 0
  fi
  export DEBIAN_FRONTEND=noninteractive
  # apt-get update only when there are no package lists, or when an install from the current lists fails.
  if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then apt-get update -q >/dev/null; fi
  log "installing ${missing[*]}"
  apt-get install -y -q "${missing[@]}" >/dev/null \
    || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; } \
    || log "could not install ${missing[*]}"
}

start_rabbitmq() {
  if rabbit_port_open; then return 0; fi
  if ! have rabbitmq-server; then log "RabbitMQ is not installed; the broker tests will fail"; return 0; fi
  if is_root; then
    mkdir -p /etc/rabbitmq
    cat > /etc/rabbitmq/rabbitmq-env.conf <<'CONF'
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=127.0.0.1
NODE_PORT=5672
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
CONF
    echo 'listeners.tcp.default = 127.0.0.1:5672' > /etc/rabbitmq/rabbitmq.conf
  fi
  export ERL_EPMD_ADDRESS=127.0.0.1
  log "starting RabbitMQ"
  rabbitmqctl -q await_startup --timeout 2 >/dev/null 2>&1 || rabbitmq-server -detached >/dev/null 2>&1
  # await_startup right after the start fails at once: poll it.
  for _ in $(seq 60); do
    rabbitmqctl -q await_startup --timeout 5 >/dev/null 2>&1 && break
    sleep 1
  done
  rabbitmqctl -q await_startup --timeout 5 >/dev/null 2>&1 || log "RabbitMQ did not come up; the broker tests will fail"
}

install_missing
start_rabbitmq
export MASSTRANSIT_USAGE_TELEMETRY=false DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null || log "dotnet tool restore failed"
prepared=$(date +%s)

rm -rf "$results"
dotnet test Claims.sln --results-directory "$results" --logger trx --logger "console;verbosity=minimal"
status=$?
finished=$(date +%s)

count() { cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*outcome="'"$1"'"' | wc -l; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count NotExecuted)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  log "dotnet test exited with $status without a failed test (build error or crashed host)"
  failed=1
fi
log "setup $((prepared - started)) s, tests $((finished - prepared)) s, total $((finished - started)) s; results in $results"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
