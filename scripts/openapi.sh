#!/usr/bin/env bash
# Regenerates openapi/openapi.json from the function classes (Swashbuckle), after changing an operation.
# The test suite fails while the committed file differs from what the code generates.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
dotnet build "$ROOT/src/LifeCircle.LocalHost" -nologo -v q -clp:ErrorsOnly >&2
dotnet run --project "$ROOT/src/LifeCircle.LocalHost" --no-build -- --write-openapi "$ROOT/openapi/openapi.json"
# The API library embeds the file it serves: rebuild so the served copy matches.
dotnet build "$ROOT/src/LifeCircle.LocalHost" -nologo -v q -clp:ErrorsOnly >&2
log "wrote openapi/openapi.json"
