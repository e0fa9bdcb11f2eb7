#!/usr/bin/env bash
# Serves the API locally with the sample district loaded.
#   scripts/serve.sh            -> http://127.0.0.1:7071/api/districts
#   scripts/serve.sh --clean    -> the same, after throwing away the data kept from earlier runs
# Installs what is missing (Azurite, the pages' libraries and the PNGs' Chinese font via npm, NuGet packages
# via dotnet), starts Azurite's Table service keeping its data in AZURITE_DATA, imports every dataset folder in DATASETS the first time (or after --clean), and serves
# the function classes on Kestrel. A restart serves what was last imported (also over POST /api/imports).
# Ctrl-C or SIGTERM stops the API and Azurite (which writes its data to disk as it closes).
# Environment: PORT (7071), AZURITE_PORT (10002), AZURITE_DATA (.data/azurite), DATASETS (data/hainan-150303),
# CONFIGURATION (Release).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

CLEAN=0
for arg in "$@"; do
  case $arg in
    --clean) CLEAN=1 ;;
    *) die "unknown argument '$arg'; the only one is --clean (start with no kept data)" ;;
  esac
done

PORT=${PORT:-7071}
AZURITE_PORT=${AZURITE_PORT:-10002}
AZURITE_DATA=${AZURITE_DATA:-$ROOT/.data/azurite}
DATASETS=${DATASETS-$ROOT/data/hainan-150303}
CONFIGURATION=${CONFIGURATION:-Release}
API_PID=
RESTORE_PID=

cleanup() {
  trap - EXIT INT TERM
  if [[ -n $RESTORE_PID ]] && kill -0 "$RESTORE_PID" 2>/dev/null; then
    kill "$RESTORE_PID" 2>/dev/null; wait "$RESTORE_PID" 2>/dev/null || true
  fi
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
# The API project copies the pages' leaflet and echarts out of node_modules, so npm goes first; NuGet restores meanwhile.
(cd "$ROOT" && dotnet restore "$ROOT/src/LifeCircle.LocalHost" -v q >/dev/null 2>&1; dotnet restore "$ROOT/src/LifeCircle.Cli" -v q >/dev/null 2>&1) &
RESTORE_PID=$!
ensure_azurite
wait "$RESTORE_PID" || true
RESTORE_PID=
log "building (dotnet restores NuGet packages on first run)"
dotnet build "$ROOT/src/LifeCircle.LocalHost" -c "$CONFIGURATION" -nologo -v q -clp:ErrorsOnly >&2 || die "build of the API host failed"
build_cli

# One Azurite per data folder: two would overwrite each other's files.
mkdir -p "$AZURITE_DATA"
exec 9>"$AZURITE_DATA/.serve.lock"
flock -n 9 || die "another serve.sh keeps its data in $AZURITE_DATA; set AZURITE_DATA to another folder"
if ((CLEAN)); then
  log "--clean: removing the kept data in $AZURITE_DATA"
  find "$AZURITE_DATA" -mindepth 1 -maxdepth 1 ! -name .serve.lock -exec rm -rf {} +
fi
# Marked only once every dataset is imported, so a run stopped half-way imports again next time.
IMPORTED=$AZURITE_DATA/.imported

start_azurite "$AZURITE_PORT" "$AZURITE_DATA"
export LifeCircle__Storage__ConnectionString
LifeCircle__Storage__ConnectionString=$(azurite_connection_string "$AZURITE_PORT")

if [[ ! -f $IMPORTED ]]; then
  for folder in $DATASETS; do
    lifecircle import "$folder" >&2 || die "import of $folder failed"
  done
  touch "$IMPORTED"
else
  log "serving the data kept in $AZURITE_DATA (scripts/serve.sh --clean starts afresh and imports DATASETS)"
fi

cd "$ROOT/src/LifeCircle.LocalHost"
dotnet "bin/$CONFIGURATION/net10.0/LifeCircle.LocalHost.dll" --urls "http://127.0.0.1:$PORT" &
API_PID=$!
log "API on http://127.0.0.1:$PORT/api/districts (Ctrl-C stops it and Azurite)"
wait "$API_PID"
