#!/usr/bin/env bash
# scripts/lifecircle.sh COMMAND [ARGS…]: the lifecircle CLI (validate, import, coverage, generate-sample,
# generate-synthetic; --help lists them), built for this machine ahead of time (ReadyToRun) on first use and after
# changes, then run. The same CLI as `dotnet run --project src/LifeCircle.Cli -- COMMAND …`, which starts slower.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
command -v dotnet >/dev/null || die "the .NET SDK (global.json pins 10.0.401) is not installed"
build_cli
exec dotnet "$CLI_DLL" "$@"
