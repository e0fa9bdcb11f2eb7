#!/usr/bin/env bash
# bench/vs-mapserver.sh [SECONDS=10] [REPS=3]
# Side by side on this machine: the same 10,000 synthetic points (shared/peers/make-points.py) served by
#   - this API (Kestrel host over Azurite, Release build), district 999998, and
#   - MapServer 8 with the shapefile backend (shared/peers/serve-mapserver.sh, BACKEND=shp),
# checked with GDAL's OAPIF client (oapif-check.sh), then loaded with shared/peers/bench-matrix.sh:
#   a items?limit=100   b items?limit=100&bbox (~5% of the points)   c items/42
# Prints each server's MEDIAN lines. Needs ../shared/peers (PEERS overrides); installs what the peers need.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
SECS=${1:-10}; REPS=${2:-3}
PEERS=${PEERS:-$ROOT/../shared/peers}
[[ -x $PEERS/bench-matrix.sh || -f $PEERS/bench-matrix.sh ]] || die "peer scripts not found at $PEERS"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lc-vs-mapserver.XXXXXX")
API_PID=; MS_PORT=
cleanup() {
  local rc=$?
  [[ -n $API_PID ]] && kill "$API_PID" 2>/dev/null
  [[ -n $MS_PORT ]] && bash "$PEERS/serve-mapserver.sh" stop "$MS_PORT" >/dev/null 2>&1
  stop_azurite; rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT

need_tools; ensure_azurite
build_release
python3 "$PEERS/make-points.py" 10000 "$WORK/points.geojson"
python3 "$ROOT/bench/points-to-dataset.py" "$WORK/points.geojson" "$WORK/dataset"

AZ=$(free_port); start_azurite "$AZ"
CS=$(azurite_connection_string "$AZ")
lifecircle import "$WORK/dataset" --connection-string "$CS" --table-prefix bench >&2
serve_release "$CS" bench
OURS="http://127.0.0.1:$API_PORT/api/districts/999998"

MS_PORT=$(free_port)
BACKEND=shp FEATUREID=id bash "$PEERS/serve-mapserver.sh" "$WORK/points.geojson" "$MS_PORT" >/dev/null
THEIRS="http://127.0.0.1:$MS_PORT/mapserv/oapif/ogcapi"

echo "== correctness (GDAL OAPIF reads all 10,000 with distinct ids)"
bash "$PEERS/oapif-check.sh" "$OURS" facilities 10000 | tail -1
bash "$PEERS/oapif-check.sh" "$THEIRS" facilities 10000 | tail -1
echo "== LifeCircle API (Kestrel + Azurite)"
bash "$PEERS/bench-matrix.sh" "$OURS" facilities "$SECS" "$REPS" | grep MEDIAN
echo "== MapServer 8 (shapefile backend)"
bash "$PEERS/bench-matrix.sh" "$THEIRS" facilities "$SECS" "$REPS" | grep MEDIAN
