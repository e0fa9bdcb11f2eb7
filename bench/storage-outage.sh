#!/usr/bin/env bash
# bench/storage-outage.sh
# Azurite with its data on disk, the sample imported, the Kestrel host (Release) serving it; then
# (and a small synthetic district nobody reads before the outage) bench/storage_outage.py kills Azurite under load for 15 s and restarts it from the same folder.
# Reports statuses per phase and route, the slowest answer during the outage, health, time to recover.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
API_PID=; AZ_PID=
DATA=$(mktemp -d "${TMPDIR:-/tmp}/lc-outage.XXXXXX")
cleanup() { [[ -n $API_PID ]] && kill "$API_PID" 2>/dev/null; [[ -n $AZ_PID ]] && kill "$AZ_PID" 2>/dev/null; pkill -f "tablePort $AZ" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

need_tools; ensure_azurite
build_release
AZ=$(free_port); AZJS="$ROOT/node_modules/azurite/dist/src/table/main.js"
node "$AZJS" --location "$DATA" --tableHost 127.0.0.1 --tablePort "$AZ" --disableTelemetry --skipApiVersionCheck >/dev/null 2>&1 &
AZ_PID=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$AZ/$AZURITE_ACCOUNT/Tables" && break; sleep 0.2; done
CS=$(azurite_connection_string "$AZ")
lifecircle import "$ROOT/data/hainan-150303" --connection-string "$CS" --table-prefix outage >/dev/null
# A second district nobody reads before the outage: what is not in memory then.
lifecircle generate-synthetic --facilities 50 --out "$DATA-synthetic" >/dev/null
lifecircle import "$DATA-synthetic" --connection-string "$CS" --table-prefix outage >/dev/null; rm -rf "$DATA-synthetic"
API_LOG_LEVEL=Critical serve_release "$CS" outage; PORT=$API_PORT
python3 "$ROOT/bench/storage_outage.py" "http://127.0.0.1:$PORT" 150303 "$AZJS" "$AZ" "$DATA" "$AZ_PID"
