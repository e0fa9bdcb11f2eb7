#!/usr/bin/env bash
# bench/coverage.sh [RUNS=5] [NODES=10000,100000,300000,1000000]
# Times the coverage engine on generated city-scale cases (10,000 facilities over every category, 50,000
# blocks, square street grids of the given node counts): graph build (and its phases) and the full computation.
# Medians, plus the process's peak resident memory (VmHWM) after each size.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
dotnet build "$ROOT/bench/LifeCircle.Bench" -c Release -nologo -v q -clp:ErrorsOnly >&2
dotnet "$ROOT/bench/LifeCircle.Bench/bin/Release/net10.0/LifeCircle.Bench.dll" "${1:-5}" "${2:-10000,100000,300000,1000000}"
