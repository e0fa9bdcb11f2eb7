#!/usr/bin/env bash
# Runs every test project against its own Azurite and ends with one line: "N passed, N failed".
#   scripts/test.sh                 everything
#   scripts/test.sh --filter EXPR   passed on to dotnet test (e.g. --filter FullyQualifiedName~Geodesy)
# Installs what is missing (Azurite and Spectral, gdal-bin, chromium and fonts-noto-cjk for the page tests), starts Azurite's Table service on a free port, builds the solution once,
# runs all test projects, sums their TRX counters, stops Azurite.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

CONFIGURATION=${CONFIGURATION:-Release}
RESULTS=$(mktemp -d "${TMPDIR:-/tmp}/lifecircle-tests.XXXXXX")
finish() { stop_azurite; rm -rf "$RESULTS"; }
trap finish EXIT

summary() { echo "$1 passed, $2 failed"; }

need_tools
ensure_test_tools
need_debs gdal-bin   # GDAL's OAPIF driver: the real GIS client the API tests read every collection with
need_debs chromium fonts-noto-cjk   # the browser the page tests drive (Playwright, never `playwright install`), and CJK glyphs for it

log "building the solution ($CONFIGURATION)"
if ! dotnet build "$ROOT/LifeCircle.OpenData.sln" -c "$CONFIGURATION" -nologo -v q -clp:ErrorsOnly >&2; then
  log "build failed"
  finish; trap - EXIT
  summary 0 1
  exit 1
fi

AZURITE_PORT=$(free_port)
start_azurite "$AZURITE_PORT"
export LIFECIRCLE_TEST_STORAGE
LIFECIRCLE_TEST_STORAGE=$(azurite_connection_string "$AZURITE_PORT")

dotnet test "$ROOT/LifeCircle.OpenData.sln" -c "$CONFIGURATION" --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS" "$@"
status=$?

projects=$(find "$ROOT/tests" -name '*.Tests.csproj' | wc -l)
reports=$(find "$RESULTS" -name '*.trx' | wc -l)
passed=0; failed=0
for trx in "$RESULTS"/*.trx; do
  [[ -f $trx ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done
if ((reports < projects)); then
  log "only $reports of $projects test projects reported results (a test host crashed?)"
  failed=$((failed + projects - reports))
fi
if ((status != 0 && failed == 0)); then
  failed=1
fi
finish
trap - EXIT
summary "$passed" "$failed"
((failed == 0))
