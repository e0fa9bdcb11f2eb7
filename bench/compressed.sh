#!/usr/bin/env bash
# bench/compressed.sh [SECONDS=10] [REPS=3]
# The vs-peers.sh setup without MapServer (10,000 synthetic points, Kestrel host over Azurite, Release build),
# then: bytes on the wire per answer with no coding, gzip and br (curl | wc -c), and wrk load for
#   a items?limit=100   b items?limit=100&bbox   c items/42
# once with no Accept-Encoding and once with "Accept-Encoding: gzip" (and br), interleaved, REPS times each.
# Prints one MEDIAN line per scenario and coding. Needs ../shared/peers for the points (PEERS overrides).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
SECS=${1:-10}; REPS=${2:-3}
PEERS=${PEERS:-$ROOT/../shared/peers}
BBOX=${BBOX:-106.858,39.427,106.8915,39.4538}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lc-compressed.XXXXXX")
API_PID=
cleanup() {
  local rc=$?
  [[ -n $API_PID ]] && kill "$API_PID" 2>/dev/null
  stop_azurite; rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT

need_tools; ensure_azurite
command -v wrk >/dev/null || need_debs wrk
build_release
serve_points_district "$PEERS" "$WORK"
declare -A URL=(
  [a]="$OURS/collections/facilities/items?limit=100"
  [b]="$OURS/collections/facilities/items?limit=100&bbox=$BBOX"
  [c]="$OURS/collections/facilities/items/42"
)

echo "== bytes on the wire"
for s in a b c; do
  printf 'scenario=%s identity=%s gzip=%s br=%s\n' "$s" \
    "$(curl -s "${URL[$s]}" | wc -c)" \
    "$(curl -s -H 'Accept-Encoding: gzip' "${URL[$s]}" | wc -c)" \
    "$(curl -s -H 'Accept-Encoding: br' "${URL[$s]}" | wc -c)"
done
printf 'coverage identity=%s gzip=%s br=%s\n' \
  "$(curl -s "$OURS/coverage" | wc -c)" "$(curl -s -H 'Accept-Encoding: gzip' "$OURS/coverage" | wc -c)" "$(curl -s -H 'Accept-Encoding: br' "$OURS/coverage" | wc -c)"

cat > "$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f non2xx=%d bytes_per_req=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0))
end
LUA
echo "== load (wrk -t1 -c2, ${SECS}s, $REPS runs each)"
declare -A RUNS
for r in $(seq "$REPS"); do
  for s in a b c; do
    for coding in identity gzip br; do
      headers=(-H "Accept: application/geo+json, application/json")
      [[ $coding != identity ]] && headers+=(-H "Accept-Encoding: $coding")
      wrk -t1 -c2 -d1s "${headers[@]}" "${URL[$s]}" >/dev/null 2>&1 || true
      line=$(wrk -t1 -c2 -d"${SECS}s" --timeout 30s "${headers[@]}" -s "$WORK/report.lua" "${URL[$s]}" | sed -n 's/^RESULT //p')
      echo "run=$r scenario=$s coding=$coding $line"
      RUNS[$s-$coding]+="$line"$'\n'
    done
  done
done
for s in a b c; do
  for coding in identity gzip br; do
    printf '%s' "${RUNS[$s-$coding]}" | python3 -c '
import sys, statistics as st
rows = [dict(kv.split("=", 1) for kv in l.split()) for l in sys.stdin if l.strip()]
med = lambda k: st.median(float(r[k]) for r in rows)
print("MEDIAN scenario=%s coding=%s n=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f bytes_per_req=%s non2xx=%d" % (
  sys.argv[1], sys.argv[2], len(rows), med("rps"), med("p50_ms"), med("p99_ms"), rows[0]["bytes_per_req"], sum(int(r["non2xx"]) for r in rows)))' "$s" "$coding"
  done
done
