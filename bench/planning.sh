#!/usr/bin/env bash
# bench/planning.sh [RUNS=11] [NODES=100000]
# Times the planning questions on a generated square street grid (80 m spacing, 50,000 blocks, 10,000 facilities):
# reach from a point (10 minutes), coverage what-if with 5 added facilities, best sites k = 10 over 5,000 candidates.
# Prints medians (the network is built once, as a version's is cached, and not timed). Then the sample's figures.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
dotnet build "$ROOT/bench/LifeCircle.Bench" -c Release -nologo -v q -clp:ErrorsOnly >&2
dotnet "$ROOT/bench/LifeCircle.Bench/bin/Release/net10.0/LifeCircle.Bench.dll" planning "${1:-11}" "${2:-100000}"
dotnet "$ROOT/bench/LifeCircle.Bench/bin/Release/net10.0/LifeCircle.Bench.dll" planning-sample "$ROOT/data/hainan-150303"
