#!/usr/bin/env bash
# bench/vs-peers.sh [SECONDS=10] [REPS=3]
# Side by side in one run on this machine, the same 10,000 synthetic points (shared/peers/make-points.py) served by
#   ours       this API (Kestrel host over Azurite, Release build), district 999998
#   mapserver  MapServer 8, shapefile backend (shared/peers/serve-mapserver.sh, BACKEND=shp)
#   qgis       QGIS Server 3.22 (shared/peers/serve-qgis.sh)
#   static     Kestrel writing our items?limit=100 page from memory (bench/StaticPage): the ceiling for that page
#   mapserver-same  MapServer 8 (shp) serving our published facilities (downloads/facilities.geojson): the same points
#              with the same 13 attributes as ours (names cut to 10 characters and the themes list dropped by the
#              shapefile), for ogr2ogr only, since GDAL's own work grows with the attributes it is sent
# Steps: GDAL's OAPIF client reads all 10,000 from each server (distinct ids); ogr2ogr of all points timed REPS times
# per server (PAGE_SIZE=1000 for all); wrk load (shared/peers/bench-matrix.sh: a items?limit=100, b + bbox ~5%,
# c items/42) on each; scenario a on the ceiling; a and b again with "Accept-Encoding: gzip" on ours, with the bytes
# of a gzipped page; then the matrix again on ours with the answer cache off (LifeCircle:Cache:AnswerMegabytes=0), so that
# figures for repeated identical requests (served from kept answers) and for fresh ones are both on record.
# Prints MEDIAN lines and a RATIO summary. Needs ../shared/peers (PEERS overrides).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
SECS=${1:-10}; REPS=${2:-3}
PEERS=${PEERS:-$ROOT/../shared/peers}
[[ -f $PEERS/bench-matrix.sh ]] || die "peer scripts not found at $PEERS"
BBOX=${BBOX:-106.858,39.427,106.8915,39.4538}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lc-vs-peers.XXXXXX")
API_PID=; MS_PORT=; MS_SAME_PORT=; QG_PORT=; STATIC_PID=
cleanup() {
  local rc=$?
  [[ -n $API_PID ]] && kill "$API_PID" 2>/dev/null
  [[ -n $STATIC_PID ]] && kill "$STATIC_PID" 2>/dev/null
  [[ -n $MS_PORT ]] && bash "$PEERS/serve-mapserver.sh" stop "$MS_PORT" >/dev/null 2>&1
  [[ -n $MS_SAME_PORT ]] && bash "$PEERS/serve-mapserver.sh" stop "$MS_SAME_PORT" >/dev/null 2>&1
  [[ -n $QG_PORT ]] && bash "$PEERS/serve-qgis.sh" stop "$QG_PORT" >/dev/null 2>&1
  stop_azurite; rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT

need_tools; ensure_azurite
command -v wrk >/dev/null || need_debs wrk
need_debs gdal-bin time
build_release
dotnet build "$ROOT/bench/StaticPage" -c Release -nologo -v q -clp:ErrorsOnly >&2
serve_points_district "$PEERS" "$WORK"
declare -A BASE=([ours]="$OURS")

MS_PORT=$(free_port)
BACKEND=shp FEATUREID=id bash "$PEERS/serve-mapserver.sh" "$WORK/points.geojson" "$MS_PORT" >/dev/null
BASE[mapserver]="http://127.0.0.1:$MS_PORT/mapserv/oapif/ogcapi"
# Our published features, each with its id as an attribute too (MapServer's feature id), for the same-attributes run.
curl -s -o "$WORK/ours.geojson" "${BASE[ours]}/downloads/facilities.geojson"
python3 - "$WORK/ours.geojson" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["name"] = "facilities"
for f in d["features"]:
    f["properties"] = {"id": f["id"], **f["properties"]}
json.dump(d, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
MS_SAME_PORT=$(free_port)
BACKEND=shp FEATUREID=id bash "$PEERS/serve-mapserver.sh" "$WORK/ours.geojson" "$MS_SAME_PORT" >/dev/null
BASE[mapserver-same]="http://127.0.0.1:$MS_SAME_PORT/mapserv/oapif/ogcapi"
QG_PORT=$(free_port)
bash "$PEERS/serve-qgis.sh" "$WORK/points.geojson" "$QG_PORT" >/dev/null
BASE[qgis]="http://127.0.0.1:$QG_PORT/qgis/wfs3"
COLLECTION_QGIS=$(curl -s -H 'Accept: application/json' "${BASE[qgis]}/collections" | python3 -c 'import json,sys; print(json.load(sys.stdin)["collections"][0]["id"])')
declare -A COLL=([ours]=facilities [mapserver]=facilities [mapserver-same]=facilities [qgis]=$COLLECTION_QGIS)

PAGE="$WORK/page-a.json"
curl -s -H 'Accept: application/geo+json' -o "$PAGE" "${BASE[ours]}/collections/facilities/items?limit=100"
STATIC_PORT=$(free_port)
dotnet "$ROOT/bench/StaticPage/bin/Release/net10.0/StaticPage.dll" "$PAGE" application/geo+json --urls "http://127.0.0.1:$STATIC_PORT" >/dev/null 2>&1 &
STATIC_PID=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$STATIC_PORT/" && break; sleep 0.2; done

OUT="$WORK/lines"
: >"$OUT"
say() { echo "$*" | tee -a "$OUT"; }

echo "== correctness (GDAL OAPIF reads all 10,000 with distinct ids)"
for s in ours mapserver mapserver-same qgis; do echo "$s: $(bash "$PEERS/oapif-check.sh" "${BASE[$s]}" "${COLL[$s]}" 10000 | tail -1)"; done

echo "== ogr2ogr of all 10,000 points (PAGE_SIZE=1000), $REPS runs each, interleaved"
# client_cpu_ms is ogr2ogr's own CPU (user + system): GDAL parsing and writing what it was sent, which grows with the
# bytes and properties of the features (ours carry 13 properties, the peers' 4), whatever the server's speed.
declare -A OGR CLIENT
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for _ in $(seq 1 "$REPS"); do
  for s in ours mapserver mapserver-same qgis; do
    rm -f "$WORK/all.json"
    start=$(date +%s%N)
    /usr/bin/time -f '%U %S' -o "$WORK/ogr.time" ogr2ogr -f GeoJSON "$WORK/all.json" "OAPIF:${BASE[$s]}" "${COLL[$s]}" -oo PAGE_SIZE=1000 2>/dev/null
    OGR[$s]+="$(( ($(date +%s%N) - start) / 1000000 )) "
    CLIENT[$s]+="$(awk 'END {printf "%d", ($1 + $2) * 1000}' "$WORK/ogr.time") "
  done
done
for s in ours mapserver mapserver-same qgis; do say "MEDIAN ogr2ogr server=$s ms=$(median "${OGR[$s]}") client_cpu_ms=$(median "${CLIENT[$s]}") all=${OGR[$s]}"; done

for s in ours mapserver qgis; do
  echo "== $s"
  bash "$PEERS/bench-matrix.sh" "${BASE[$s]}" "${COLL[$s]}" "$SECS" "$REPS" | grep MEDIAN | sed "s/^MEDIAN /MEDIAN server=$s /" | tee -a "$OUT"
done
echo "== static ceiling (the same items?limit=100 page from memory)"
for _ in $(seq 1 "$REPS"); do bash "$PEERS/load.sh" "http://127.0.0.1:$STATIC_PORT/page" "$SECS"; done | python3 -c '
import sys, statistics as st
rows = [dict(kv.split("=", 1) for kv in l.split() if "=" in kv) for l in sys.stdin if l.strip()]
print("MEDIAN server=static scenario=a n=%d rps=%.1f p99_ms=%.2f bytes_per_req=%s" % (len(rows), st.median(float(r["rps"]) for r in rows), st.median(float(r["p99_ms"]) for r in rows), rows[0]["bytes_per_req"]))' | tee -a "$OUT"

echo "== ours with Accept-Encoding: gzip"
declare -A URL=([a]="${BASE[ours]}/collections/facilities/items?limit=100" [b]="${BASE[ours]}/collections/facilities/items?limit=100&bbox=$BBOX")
for s in a b; do
  bytes=$(curl -s -H 'Accept: application/geo+json' -H 'Accept-Encoding: gzip' "${URL[$s]}" | wc -c)
  rates=()
  for _ in $(seq 1 "$REPS"); do
    rates+=("$(wrk -t1 -c2 -d"${SECS}s" --latency -H 'Accept: application/geo+json' -H 'Accept-Encoding: gzip' "${URL[$s]}" | awk '/Requests\/sec/ {print $2}')")
  done
  say "MEDIAN server=ours-gzip scenario=$s rps=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') bytes_per_req=$bytes"
done

echo "== ours with the answer cache off (every request queried, assembled and written afresh)"
kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null || true
LifeCircle__Cache__AnswerMegabytes=0 serve_release "$CS" bench
UNCACHED="http://127.0.0.1:$API_PORT/api/districts/999998"
# The restarted server reads the version's features from storage and encodes them on its first items request; the first
# server did that during the correctness and ogr2ogr steps, so this one does it before it is measured too (not in a's runs).
curl -s -o /dev/null -H 'Accept: application/geo+json' "$UNCACHED/collections/facilities/items?limit=100"
bash "$PEERS/bench-matrix.sh" "$UNCACHED" facilities "$SECS" "$REPS" | grep MEDIAN | sed "s/^MEDIAN /MEDIAN server=ours-uncached /" | tee -a "$OUT"
echo "== ratios"
python3 - "$OUT" <<'PY'
import re, sys
m = {}
for line in open(sys.argv[1]):
    kv = dict(re.findall(r"(\w+)=([^\s]+)", line))
    if "scenario" in kv: m[(kv["server"], kv["scenario"])] = kv
    elif "ms" in kv: m[("ogr", kv["server"])] = float(kv["ms"]); m[("ogr-client", kv["server"])] = float(kv["client_cpu_ms"])
rps = lambda s, c: float(m[(s, c)]["rps"])
for c in "abc":
    best = max(("mapserver", "qgis"), key=lambda s: rps(s, c))
    print(f"RATIO scenario={c} ours/{best}={rps('ours', c) / rps(best, c):.1f}x ours_p99_ms={m[('ours', c)]['p99_ms']}")
print(f"RATIO scenario=a ours/static={100 * rps('ours', 'a') / rps('static', 'a'):.0f}%")
for c in "abc":
    best = max(("mapserver", "qgis"), key=lambda s: rps(s, c))
    print(f"RATIO scenario={c} ours-uncached/{best}={rps('ours-uncached', c) / rps(best, c):.1f}x ours_uncached_p99_ms={m[('ours-uncached', c)]['p99_ms']}")
print(f"RATIO scenario=a ours-uncached/static={100 * rps('ours-uncached', 'a') / rps('static', 'a'):.0f}%")
for c in "ab":
    best = max(rps("mapserver", c), rps("qgis", c))
    print(f"RATIO scenario={c} ours-gzip/best-peer={rps('ours-gzip', c) / best:.1f}x gzip_bytes={m[('ours-gzip', c)]['bytes_per_req']}")
print(f"RATIO ogr2ogr ours={m[('ogr', 'ours')]:.0f}ms mapserver={m[('ogr', 'mapserver')]:.0f}ms qgis={m[('ogr', 'qgis')]:.0f}ms mapserver-same-attributes={m[('ogr', 'mapserver-same')]:.0f}ms")
print(f"RATIO ogr2ogr client_cpu ours={m[('ogr-client', 'ours')]:.0f}ms mapserver={m[('ogr-client', 'mapserver')]:.0f}ms qgis={m[('ogr-client', 'qgis')]:.0f}ms mapserver-same-attributes={m[('ogr-client', 'mapserver-same')]:.0f}ms (GDAL's own work on what it was sent)")
PY
