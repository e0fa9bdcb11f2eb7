# Shared by scripts/serve.sh and scripts/test.sh: installing what is missing and running Azurite's Table service.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Debian packages by name, installed only when missing (root on these machines; sudo otherwise).
need_debs() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  log "installing ${missing[*]} (apt-get)"
  local sudo=""; [[ $(id -u) -eq 0 ]] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

need_tools() {
  command -v dotnet >/dev/null || die "the .NET SDK (global.json pins 10.0.401) is not installed"
  command -v node >/dev/null && command -v npm >/dev/null || die "Node.js and npm are needed for Azurite"
  command -v curl >/dev/null || need_debs curl
}

# What serving needs from package-lock.json (npm ci --omit=dev), installed once into node_modules: Azurite, and the pages'
# leaflet and echarts and the PNGs' font, which the API project copies in when it is built (so this runs before any build).
# A checkout whose node_modules predates one of them gets npm ci again.
NPM_SERVING_FILES=(azurite/dist/src/table/main.js leaflet/package.json echarts/package.json @embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf)
npm_files_present() { local f; for f in "$@"; do [[ -f "$ROOT/node_modules/$f" ]] || return 1; done; }
ensure_azurite() {
  if ! npm_files_present "${NPM_SERVING_FILES[@]}"; then
    log "installing Azurite, leaflet, echarts and the PNGs' font (npm ci --omit=dev; Spectral, a dev dependency, is left to the tests)"
    (cd "$ROOT" && npm ci --omit=dev --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed"
  fi
}

# Azurite and the tests' dev tools (Spectral lints the OpenAPI document) from package-lock.json.
ensure_test_tools() {
  if ! npm_files_present "${NPM_SERVING_FILES[@]}" || [[ ! -x "$ROOT/node_modules/.bin/spectral" ]]; then
    log "installing Azurite, leaflet, echarts, the PNGs' font and Spectral (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

# Azurite's published development account (the same for every Azurite; not a secret).
AZURITE_ACCOUNT=devstoreaccount1
AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
azurite_connection_string() {
  echo "DefaultEndpointsProtocol=http;AccountName=$AZURITE_ACCOUNT;AccountKey=$AZURITE_KEY;TableEndpoint=http://127.0.0.1:$1/$AZURITE_ACCOUNT;"
}

# start_azurite PORT [FOLDER]: starts the Table service, in memory or keeping its data in FOLDER; sets AZURITE_PID,
# waits until it answers.
start_azurite() {
  local port=$1 folder=${2:-} logfile storage=(--inMemoryPersistence)
  if [[ -n $folder ]]; then
    mkdir -p "$folder" && storage=(--location "$folder")
  fi
  logfile=$(mktemp "${TMPDIR:-/tmp}/azurite-$port.XXXXXX.log")
  node "$ROOT/node_modules/azurite/dist/src/table/main.js" "${storage[@]}" --tableHost 127.0.0.1 \
    --tablePort "$port" --disableTelemetry --skipApiVersionCheck --silent >"$logfile" 2>&1 &
  AZURITE_PID=$!
  local i
  for i in $(seq 1 100); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/$AZURITE_ACCOUNT/Tables" 2>/dev/null; then
      log "Azurite (tables) on 127.0.0.1:$port, pid $AZURITE_PID"
      return 0
    fi
    kill -0 "$AZURITE_PID" 2>/dev/null || { cat "$logfile" >&2; die "Azurite exited on start (port $port taken?)"; }
    sleep 0.2
  done
  die "Azurite did not answer on port $port within 20 s"
}

# Azurite writes its data to disk when it closes on SIGINT (SIGTERM ends it at once), so ask with SIGINT first.
stop_azurite() {
  if [[ -n ${AZURITE_PID:-} ]] && kill -0 "$AZURITE_PID" 2>/dev/null; then
    kill -INT "$AZURITE_PID" 2>/dev/null || true
    local i
    for i in $(seq 1 50); do
      kill -0 "$AZURITE_PID" 2>/dev/null || break
      sleep 0.2
    done
    kill "$AZURITE_PID" 2>/dev/null || true
    wait "$AZURITE_PID" 2>/dev/null || true
    log "Azurite stopped"
  fi
  AZURITE_PID=
}

# The CLI compiled ahead of time (ReadyToRun) for this machine's platform. A command runs once and exits, so compiling
# its code at run time is a good part of it: an import of 10,000 facilities takes 2.1 s this way, 2.5 s from a plain
# build (docs/storage.md). Where ReadyToRun cannot be had (another platform), the plain Release build is used.
# build_cli builds it and sets CLI_DLL; lifecircle runs it.
CLI_DLL=$ROOT/src/LifeCircle.Cli/bin/Release/ready-to-run/lifecircle.dll
build_cli() {
  local rid= out=$ROOT/src/LifeCircle.Cli/bin/Release/ready-to-run
  case $(uname -m) in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; esac
  # Up to date when no source or build setting changed since it was made (a publish with nothing to do still takes 2 s).
  if [[ -n $rid && -f $out/.published && -z $(find "$ROOT/src" "$ROOT"/Directory.*.props "$ROOT/global.json" -newer "$out/.published" \
      -type f -not -path '*/bin/*' -not -path '*/obj/*' -print -quit) ]]; then
    CLI_DLL=$out/lifecircle.dll
    return 0
  fi
  if [[ -n $rid ]] && dotnet publish "$ROOT/src/LifeCircle.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
      -o "$out" -nologo -v q -clp:ErrorsOnly >&2; then
    touch "$out/.published"
    CLI_DLL=$out/lifecircle.dll
  else
    log "no ReadyToRun build for $(uname -m): using the plain Release build of the CLI"
    dotnet build "$ROOT/src/LifeCircle.Cli" -c Release -nologo -v q -clp:ErrorsOnly >&2 || die "build of the CLI failed"
    CLI_DLL=$ROOT/src/LifeCircle.Cli/bin/Release/net10.0/lifecircle.dll
  fi
}

# Release builds of the CLI and the Kestrel host, for benchmarks.
build_release() {
  build_cli
  dotnet build "$ROOT/src/LifeCircle.LocalHost" -c Release -nologo -v q -clp:ErrorsOnly >&2
}

# serve_release CONNECTION_STRING TABLE_PREFIX: starts the Release Kestrel host on a free port and waits until it
# answers; sets API_PORT and API_PID (the caller stops it).
serve_release() {
  API_PORT=$(free_port)
  LifeCircle__Storage__ConnectionString=$1 LifeCircle__Storage__TablePrefix=$2 Logging__LogLevel__Default=${API_LOG_LEVEL:-Warning} \
    dotnet "$ROOT/src/LifeCircle.LocalHost/bin/Release/net10.0/LifeCircle.LocalHost.dll" --urls "http://127.0.0.1:$API_PORT" >/dev/null 2>&1 &
  API_PID=$!
  local i
  for i in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$API_PORT/api/health" && return 0; sleep 0.2; done
  die "the API did not answer on port $API_PORT within 20 s"
}

# Runs the CLI that build_cli made.
lifecircle() { dotnet "$CLI_DLL" "$@"; }

# serve_points_district PEERS WORK: the benches' district 999998 (shared/peers/make-points.py's 10,000 points made a
# dataset) imported into a new Azurite and served by the Release host; sets CS, API_PORT, API_PID and OURS (its base URL).
serve_points_district() {
  python3 "$1/make-points.py" 10000 "$2/points.geojson"
  python3 "$ROOT/bench/points-to-dataset.py" "$2/points.geojson" "$2/dataset"
  local az; az=$(free_port); start_azurite "$az"
  CS=$(azurite_connection_string "$az")
  lifecircle import "$2/dataset" --connection-string "$CS" --table-prefix bench >&2
  serve_release "$CS" bench
  OURS="http://127.0.0.1:$API_PORT/api/districts/999998"
}
