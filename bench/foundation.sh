#!/usr/bin/env bash
# bench/foundation.sh [IMPORTS=5] [REQUESTS=30]
# Measures, on this machine, against its own Azurite:
#   - import time of the sample district (fresh tables each run, CLI wall time incl. process start), median of IMPORTS;
#   - latency of GET items?limit=1000, ?limit=10 and items/{id} through the Kestrel host, median and p90 of REQUESTS
#     sequential requests after 5 warm-up requests.
# Prints one MEDIAN line per measure. Reports figures; asserts nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
IMPORTS=${1:-5}; REQUESTS=${2:-30}
API_PID=
cleanup() { [[ -n $API_PID ]] && kill "$API_PID" 2>/dev/null; stop_azurite; }
trap cleanup EXIT

need_tools; ensure_azurite
build_release
AZ=$(free_port); start_azurite "$AZ"
CS=$(azurite_connection_string "$AZ")
CLI=$CLI_DLL

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; p=a[int(NR*0.9+0.5)]; printf "median=%.1f p90=%.1f n=%d\n", m, p, NR}'; }

times=()
for i in $(seq 1 "$IMPORTS"); do
  start=$(date +%s%N)
  dotnet "$CLI" import "$ROOT/data/hainan-150303" --connection-string "$CS" --table-prefix "bench$i" >/dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
echo "MEDIAN import_ms $(printf '%s\n' "${times[@]}" | median)"

# A synthetic district with 10,000 facilities, so that limit=1000 really returns 1,000 features.
SYN=$(mktemp -d "${TMPDIR:-/tmp}/lc-synthetic.XXXXXX")
dotnet "$CLI" generate-synthetic --facilities 10000 --out "$SYN" >/dev/null
start=$(date +%s%N)
dotnet "$CLI" import "$SYN" --connection-string "$CS" --table-prefix bench1 >/dev/null
echo "ONCE import_10000_facilities_ms=$(( ($(date +%s%N) - start) / 1000000 ))"
rm -rf "$SYN"

serve_release "$CS" bench1; PORT=$API_PORT

BASE="http://127.0.0.1:$PORT/api/districts/150303/collections/facilities/items"
SYNBASE="http://127.0.0.1:$PORT/api/districts/999999/collections/facilities/items"
for spec in "sample_all_287|$BASE?limit=1000" "synthetic_limit1000|$SYNBASE?limit=1000" "synthetic_limit100_bbox|$SYNBASE?limit=100&bbox=106.87,39.43,106.88,39.44" \
            "limit10|$BASE?limit=10" "one_item|$BASE/park-001"; do
  name=${spec%%|*}; url=${spec#*|}
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "$url"; done
  bytes=$(curl -s "$url" | wc -c)
  echo "MEDIAN ${name}_ms $(for _ in $(seq 1 "$REQUESTS"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | awk '{print $1*1000}' | median) bytes=$bytes"
done
