#!/usr/bin/env bash
# Takes the screenshots in this folder from a running local API (scripts/serve.sh), with Debian's Chromium.
#   docs/screenshots/take.sh                 -> http://127.0.0.1:7071
#   API=http://127.0.0.1:7391 docs/screenshots/take.sh
# Not part of the test run: pictures change whenever the page or the data does, and are looked at, not asserted.
set -euo pipefail
API=${API:-http://127.0.0.1:7071}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v chromium >/dev/null || { echo "apt-get install -y chromium fonts-noto-cjk" >&2; exit 1; }
shot() { # file width height url
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=4000 \
    --window-size="$2,$3" --screenshot="$HERE/$1" "$4" 2>/dev/null
  echo "wrote docs/screenshots/$1"
}
shot dashboard-zh.png 1280 2600 "$API/api/districts/150303/dashboard?lang=zh&theme=elderly-care&category=home-care-station"
shot dashboard-en-with-planned.png 1280 2600 "$API/api/districts/150303/dashboard?lang=en&theme=elderly-care&category=home-care-station&scenario=with-planned"
shot items-en.png 1280 1000 "$API/api/districts/150303/collections/facilities/items?lang=en&theme=elderly-care&limit=25&f=html"
shot embed-coverage-zh.png 720 660 "$API/api/districts/150303/embed/coverage?lang=zh&theme=elderly-care&category=home-care-station"
