#!/usr/bin/env bash
# bench/soak.sh [MINUTES=10] [CONNECTIONS=4]
# The sample district served by the Kestrel host (Release) over its own Azurite, loaded with wrk on a mix of
# routes (items with filters and bboxes, one feature, collections, coverage, themes, downloads, a few 4xx)
# for MINUTES; samples the API's RSS every 30 s. Prints the curve, errors (wrk's non-2xx/3xx excluding the
# deliberate 4xx routes) and the RSS spread over the run after its first 2 minutes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
MINUTES=${1:-10}; CONNS=${2:-4}
API_PID=; WORK=$(mktemp -d "${TMPDIR:-/tmp}/lc-soak.XXXXXX")
cleanup() { [[ -n $API_PID ]] && kill "$API_PID" 2>/dev/null; stop_azurite; rm -rf "$WORK"; }
trap cleanup EXIT

need_tools; ensure_azurite; need_debs wrk
build_release
AZ=$(free_port); start_azurite "$AZ"
CS=$(azurite_connection_string "$AZ")
lifecircle import "$ROOT/data/hainan-150303" --connection-string "$CS" --table-prefix soak >/dev/null
serve_release "$CS" soak; PORT=$API_PORT

D=/api/districts/150303
cat > "$WORK/mix.lua" <<LUA
local paths = {
  "$D/collections/facilities/items?limit=100", "$D/collections/facilities/items?limit=10&bbox=106.86,39.43,106.88,39.445",
  "$D/collections/facilities/items?filter=category%20IN%20('pharmacy','clinic')&limit=50", "$D/collections/facilities/items/park-001",
  "$D/collections/facilities/items?theme=elderly-care&status=planned", "$D/collections", "$D/collections/blocks/items?limit=200",
  "$D/coverage?area=north&theme=elderly-care", "$D/themes", "$D/downloads/facilities.csv", "$D/collections/gaps/items?limit=100",
  "$D/collections/facilities/items?filter=name_zh%20LIKE%20'%25%E7%A4%BE%E5%8C%BA%25'", "/api/districts",
}
local bad = { "$D/collections/nope/items", "$D/collections/facilities/items?limit=0" }
local i = 0
request = function()
  i = i + 1
  if i % 50 == 0 then return wrk.format("GET", bad[(i / 50) % #bad + 1]) end
  return wrk.format("GET", paths[i % #paths + 1])
end
LUA
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$API_PID/status"; }
echo "t_s rss_mb"; echo "0 $(rss)"
wrk -t2 -c"$CONNS" -d"${MINUTES}m" -s "$WORK/mix.lua" --timeout 5s "http://127.0.0.1:$PORT" > "$WORK/wrk.txt" 2>&1 &
WRK=$!
t=0
while kill -0 "$WRK" 2>/dev/null; do sleep 30; t=$((t + 30)); kill -0 "$WRK" 2>/dev/null && echo "$t $(rss)" | tee -a "$WORK/rss.txt"; done
cat "$WORK/wrk.txt"
awk 'NR>0 && $1>120 {if(min==""||$2<min)min=$2; if($2>max)max=$2} END {printf "rss_after_2min min=%d max=%d spread=%.1f%%\n", min, max, (max-min)*100/min}' "$WORK/rss.txt"
