#!/usr/bin/env bash
# bench/hostile-corpus.sh [COUNT=10000]
# Imports the sample into its own Azurite, serves it with the Kestrel host (Release), and sends COUNT hostile
# requests (bench/hostile_corpus.py: filters, parameters, paths, methods, headers; 4 connections).
# Fails on any 5xx but a 503 with Retry-After, any error answer that is not problem+json, or an answer slower
# than the request budget + 0.5 s; prints status counts and the API's RSS before and after.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
COUNT=${1:-10000}
API_PID=
cleanup() { [[ -n $API_PID ]] && kill "$API_PID" 2>/dev/null; stop_azurite; }
trap cleanup EXIT

need_tools; ensure_azurite
build_release
AZ=$(free_port); start_azurite "$AZ"
CS=$(azurite_connection_string "$AZ")
lifecircle import "$ROOT/data/hainan-150303" --connection-string "$CS" --table-prefix hostile >/dev/null
serve_release "$CS" hostile; PORT=$API_PORT
# Warm the version cache so RSS before the run includes the served version.
for c in facilities circles areas blocks streets access gaps isochrones; do curl -s -o /dev/null "http://127.0.0.1:$PORT/api/districts/150303/collections/$c/items?limit=1"; done
python3 "$ROOT/bench/hostile_corpus.py" "http://127.0.0.1:$PORT" 150303 "$COUNT" "$API_PID"
