#!/usr/bin/env bash
# bench/unique-like-filters.sh [FILTERS=20000]
# Hostile-filter figures through the Kestrel host, against its own Azurite and the sample district:
#   - wall time of the catastrophic-backtracking LIKE filter (curl, capped at 60 s);
#   - RSS of the API before and after FILTERS distinct LIKE filters (one keep-alive client, sequential).
# Reports figures; asserts nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
FILTERS=${1:-20000}
API_PID=
cleanup() { [[ -n $API_PID ]] && kill "$API_PID" 2>/dev/null; stop_azurite; }
trap cleanup EXIT

need_tools; ensure_azurite
build_release
AZ=$(free_port); start_azurite "$AZ"
CS=$(azurite_connection_string "$AZ")
lifecircle import "$ROOT/data/hainan-150303" --connection-string "$CS" --table-prefix likes >/dev/null
serve_release "$CS" likes; PORT=$API_PORT
rss() { awk '/^VmRSS/ {printf "%d", $2/1024}' "/proc/$API_PID/status"; }

ITEMS="http://127.0.0.1:$PORT/api/districts/150303/collections/facilities/items"
curl -s -o /dev/null "$ITEMS?limit=1"   # loads the version, so the figures below are the filters' own
REDOS="'aaaaaaaaaaaaaaaaaaaaaa' LIKE '%a%a%a%a%a%a%a%a%a%a%a%b'"
curl -s -o /dev/null --max-time 60 -G "$ITEMS" --data-urlencode "filter=$REDOS" \
  -w "ONCE redos_like status=%{http_code} seconds=%{time_total}\n" || echo "ONCE redos_like gave up after 60 s"
sleep 1
echo "ONCE rss_before_mb=$(rss)"
python3 - "$ITEMS" "$FILTERS" <<'PY'
import http.client, sys, urllib.parse, collections
url, n = urllib.parse.urlsplit(sys.argv[1]), int(sys.argv[2])
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
statuses = collections.Counter()
for i in range(n):
    q = urllib.parse.urlencode({"limit": "1", "filter": f"name_en LIKE '%{i:x}%q{i}_%'"})
    conn.request("GET", f"{url.path}?{q}")
    r = conn.getresponse(); r.read(); statuses[r.status] += 1
print("ONCE unique_like_filters", n, "statuses", dict(statuses))
PY
echo "ONCE rss_after_mb=$(rss)"
