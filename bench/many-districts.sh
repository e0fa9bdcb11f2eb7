#!/usr/bin/env bash
# bench/many-districts.sh [DISTRICTS=200] [BUDGET_MB=256] [SECONDS=30]
# Many districts on one instance: DISTRICTS synthetic districts of mixed sizes (500 to 10,000 facilities, spaced
# evenly on a log scale over ten sizes, each district its own code 9xxxxx) imported by the CLI into one Azurite
# (kept on disk, to weigh it), then served by one Kestrel host with the version cache limited to BUDGET_MB.
# Measures: import time; entities and bytes per district; the first items?limit=100 of every district in random
# order (each a cache miss: district row, catalogue, facilities snapshot read from storage); the first isochrones
# request of one 10,000-facility district (computed, not read); a random mix over
# every district (items pages, bbox, one item, collections) with wrk for SECONDS; the API's RSS throughout.
# Prints MEDIAN/P99 lines. Asserts nothing. Isochrones are not stored but computed when a version's are first read,
# and the collections list describes them (count, extent) without computing them, so /collections in the mix stays cheap.
# GC_LIMIT_MB (default BUDGET_MB + 184) caps the API's GC heap; 0 for no cap.
# MEMORY=1 keeps Azurite in memory (--inMemoryPersistence; nothing is weighed): on disk Azurite keeps
# its whole database in one JSON file, which stopped answering at ~500 MB in an earlier run (a V8 string holds ~512 MB).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
DISTRICTS=${1:-200}; BUDGET_MB=${2:-256}; SECS=${3:-30}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lc-many.XXXXXX")
API_PID=
cleanup() { [[ -n $API_PID ]] && kill "$API_PID" 2>/dev/null; stop_azurite; rm -rf "$WORK"; }
trap cleanup EXIT

need_tools; ensure_azurite; need_debs wrk
build_release
SIZES=(500 700 1000 1400 2000 2800 4000 5600 8000 10000)
for n in "${SIZES[@]}"; do lifecircle generate-synthetic --facilities "$n" --out "$WORK/size-$n" >/dev/null; done

# District i gets size SIZES[i % 10] and code 900000+i, written into its own copy of that size's package.
for i in $(seq 0 $((DISTRICTS - 1))); do
  n=${SIZES[$((i % ${#SIZES[@]}))]}; code=$((900000 + i)); dir="$WORK/d/$code"
  mkdir -p "$dir" && cp "$WORK/size-$n"/*.geojson "$WORK/size-$n"/*.json "$dir/"
  python3 - "$dir/dataset.json" "$code" "$n" <<'PY'
import json, sys
path, code, n = sys.argv[1:]
d = json.load(open(path, encoding="utf-8"))
d["district"]["code"] = code
d["metadata"]["districtCode"] = code
d["metadata"]["version"] = f"synthetic-{n}-{code}"
json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False)
PY
  echo "$code $n" >>"$WORK/districts.txt"
done

MEMORY=${MEMORY:-0}
# In memory, Azurite's Node heap holds every row (some 2 GB of JSON for 200 districts): give it room.
[[ $MEMORY == 1 ]] && export NODE_OPTIONS="--max-old-space-size=${AZURITE_HEAP_MB:-12288}"
AZ=$(free_port); if [[ $MEMORY == 1 ]]; then start_azurite "$AZ"; else start_azurite "$AZ" "$WORK/azurite"; fi
CS=$(azurite_connection_string "$AZ")
log "importing $DISTRICTS districts, two at a time"
start=$(date +%s%N)
cut -d' ' -f1 "$WORK/districts.txt" | xargs -P 2 -I{} sh -c \
  "dotnet '$CLI_DLL' import '$WORK/d/{}' --connection-string '$CS' --table-prefix many | grep -E 'published version' | sed 's/^/{} /'" \
  >"$WORK/imports.txt"
import_s=$(( ($(date +%s%N) - start) / 1000000000 ))
echo "IMPORTED districts=$(wc -l <"$WORK/imports.txt") seconds=$import_s"
python3 - "$WORK/imports.txt" "$WORK/districts.txt" <<'PY'
import re, statistics as st, sys
sizes = dict(l.split() for l in open(sys.argv[2]))
ents = {}
for line in open(sys.argv[1]):
    m = re.search(r"(\d[\d,]*) entities", line)
    if m: ents.setdefault(sizes[line.split()[0]], []).append(int(m.group(1).replace(",", "")))
for n in sorted(ents, key=int):
    print(f"ENTITIES facilities={n} entities_per_district={st.median(ents[n]):.0f}")
PY
if [[ $MEMORY == 1 ]]; then
  echo "STORAGE azurite_bytes=not-weighed (in memory) azurite_rss_mb=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$AZURITE_PID/status")"
else
  stop_azurite   # Azurite writes its data to disk as it closes: weigh it, then serve from it
  echo "STORAGE azurite_bytes=$(du -sb "$WORK/azurite" | cut -f1) per_district=$(( $(du -sb "$WORK/azurite" | cut -f1) / DISTRICTS ))"
  start_azurite "$AZ" "$WORK/azurite"
fi

export LifeCircle__Cache__BudgetMegabytes=$BUDGET_MB
# GC_LIMIT_MB caps the API's GC heap as a container's memory limit would (.NET then collects to stay under it); 0: no cap.
# By default the budget + 184 MB (440 for 256): the cap that kept RSS under budget + 300 MB with cold reads quick (docs/storage.md).
GC_LIMIT_MB=${GC_LIMIT_MB:-$((BUDGET_MB + 184))}
(( GC_LIMIT_MB > 0 )) && export DOTNET_GCHeapHardLimit=$(printf '0x%x' $((GC_LIMIT_MB * 1024 * 1024)))
echo "SETTINGS budget_mb=$BUDGET_MB gc_heap_limit_mb=$GC_LIMIT_MB"
serve_release "$CS" many
rss() { awk '/VmRSS|VmHWM/ {printf "%s=%d MB ", $1, $2/1024}' "/proc/$API_PID/status"; }
echo "RSS after start: $(rss)"

log "first request to every district (cache misses), random order"
shuf "$WORK/districts.txt" | cut -d' ' -f1 | while read -r code; do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept: application/geo+json' "http://127.0.0.1:$API_PORT/api/districts/$code/collections/facilities/items?limit=100"
done >"$WORK/miss.txt"
pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p/100+0.999); if (i<1) i=1; printf "%.1f", a[i]*1000}'; }
echo "MISS items?limit=100 n=$(wc -l <"$WORK/miss.txt") p50_ms=$(pct 50 <"$WORK/miss.txt") p99_ms=$(pct 99 <"$WORK/miss.txt") max_ms=$(pct 100 <"$WORK/miss.txt")"
echo "RSS after one request per district: $(rss)"

{
  echo "local paths = {"
  while read -r code _; do
    D="/api/districts/$code"
    echo "\"$D/collections/facilities/items?limit=100\", \"$D/collections/facilities/items?limit=10&bbox=106.86,39.43,106.88,39.445\", \"$D/collections/facilities/items/syn-000042\", \"$D/collections\","
  done <"$WORK/districts.txt"
  echo "}"
  # As GDAL asks: GeoJSON for items, JSON for the collections list (which has no GeoJSON form and answers 406 to geo+json alone).
  echo 'request = function() return wrk.format("GET", paths[math.random(#paths)], { ["Accept"] = "application/geo+json, application/json;q=0.9" }) end'
} >"$WORK/mix.lua"
# Warm-up: every URL of the mix once (two at a time), then the random mix twice, the second measured.
log "warm-up: every URL of the mix once"
grep -o '"/api[^"]*"' "$WORK/mix.lua" | tr -d '"' >"$WORK/urls.txt"
xargs -P 2 -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Accept: application/geo+json, application/json;q=0.9' "http://127.0.0.1:$API_PORT{}" \
  <"$WORK/urls.txt" >"$WORK/warm.txt"
echo "WARM urls=$(wc -l <"$WORK/urls.txt") non2xx=$(awk '$1 != 200' "$WORK/warm.txt" | wc -l) p50_ms=$(cut -d' ' -f2 "$WORK/warm.txt" | pct 50) p99_ms=$(cut -d' ' -f2 "$WORK/warm.txt" | pct 99)"
echo "RSS after the warm-up: $(rss)"
for round in warm measured; do
  wrk -t1 -c2 -d"${SECS}s" --latency -s "$WORK/mix.lua" "http://127.0.0.1:$API_PORT" >"$WORK/wrk-$round.txt"
done
awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} END {print "MIX rps=" rps " p50=" p50 " p99=" p99 " non2xx=" (bad ? bad : 0)}' "$WORK/wrk-measured.txt"
echo "RSS after the mix: $(rss) (budget $BUDGET_MB MB)"

# Last, so that the mix above is measured on the items alone: a 10,000-facility layer is about 160 MB of the cache.
# Isochrones are computed on a version's first request for them; a request waits at most ComputeWaitSeconds (503 after).
big=$(awk '$2 == 10000 {print $1; exit}' "$WORK/districts.txt")
if [[ -n $big ]]; then
  start=$(date +%s%N); tries=0
  while :; do
    tries=$((tries + 1))
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT/api/districts/$big/collections/isochrones/items?limit=1")
    [[ $code == 503 && $tries -lt 30 ]] || break
    sleep 1
  done
  echo "ISOCHRONES first request of a 10,000-facility district: status=$code ms=$(( ($(date +%s%N) - start) / 1000000 )) requests=$tries"
  echo "RSS after its isochrones: $(rss)"
fi

