#!/usr/bin/env bash
# Serves the API locally with the sample district loaded.
#   scripts/serve.sh            -> http://127.0.0.1:7071/api/districts
# Installs what is missing (Azurite via npm, NuGet packages via dotnet), starts Azurite's Table service in
# memory, imports every dataset folder in DATASETS, and serves the function classes on Kestrel.
# Ctrl-C or SIGTERM stops the API and Azurite.
# Environment: PORT (7071), AZURITE_PORT (10002), DATASETS (data/hainan-150303), CONFIGURATION (Release).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PORT=${PORT:-7071}
AZURITE_PORT=${AZURITE_PORT:-10002}
DATASETS=${DATASETS:-$ROOT/data/hainan-150303}
CONFIGURATION=${CONFIGURATION:-Release}
API_PID=

cleanup() {
  trap - EXIT INT TERM
  if [[ -n $API_PID ]] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null || true
  fi
  stop_azurite
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

need_tools
for port in "$PORT" "$AZURITE_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is already in use (another serve.sh?); set PORT and AZURITE_PORT to free ports"
  fi
done
ensure_azurite
log "building (dotnet restores NuGet packages on first run)"
for project in src/LifeCircle.Cli src/LifeCircle.LocalHost; do
  dotnet build "$ROOT/$project" -c "$CONFIGURATION" -nologo -v q -clp:ErrorsOnly >&2 || die "build of $project failed"
done

start_azurite "$AZURITE_PORT"
export LifeCircle__Storage__ConnectionString
LifeCircle__Storage__ConnectionString=$(azurite_connection_string "$AZURITE_PORT")

for folder in $DATASETS; do
  dotnet "$ROOT/src/LifeCircle.Cli/bin/$CONFIGURATION/net10.0/lifecircle.dll" import "$folder" >&2 || die "import of $folder failed"
done

cd "$ROOT/src/LifeCircle.LocalHost"
dotnet "bin/$CONFIGURATION/net10.0/LifeCircle.LocalHost.dll" --urls "http://127.0.0.1:$PORT" &
API_PID=$!
log "API on http://127.0.0.1:$PORT/api/districts (Ctrl-C stops it and Azurite)"
wait "$API_PID"
