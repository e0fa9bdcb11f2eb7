#!/usr/bin/env bash
# bench/imports.sh [RUNS=3] [FACILITIES=10000]
# Measures, on this machine, against its own Azurite, the CLI import (the ReadyToRun build the scripts use; wall time
# incl. process start, fresh tables each run) of the sample district and of a synthetic district with FACILITIES facilities; median of RUNS each.
# Prints each run's phase line (read/check/derive breakdown/write), the CPU Azurite used during the run (next to
# the write time it shows whether Azurite or the client is the bottleneck) and the 1-minute load average (the machine
# may be shared), and one MEDIAN line per district. Asserts nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
RUNS=${1:-3}; FACILITIES=${2:-10000}
SYN=
cleanup() { stop_azurite; [[ -n $SYN ]] && rm -rf "$SYN"; }
trap cleanup EXIT

need_tools; ensure_azurite
build_cli
AZ=$(free_port); start_azurite "$AZ"
CS=$(azurite_connection_string "$AZ")
CLI=$CLI_DLL
SYN=$(mktemp -d "${TMPDIR:-/tmp}/lc-synthetic.XXXXXX")
dotnet "$CLI" generate-synthetic --facilities "$FACILITIES" --out "$SYN" >/dev/null

azurite_cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$AZURITE_PID/stat"; }  # utime + stime, in 10 ms ticks

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median=%.0f n=%d all=", m, NR; for (i=1;i<=NR;i++) printf "%s%s", a[i], (i<NR?",":"\n")}'; }

run=0
for spec in "sample|$ROOT/data/hainan-150303" "synthetic_$FACILITIES|$SYN"; do
  name=${spec%%|*}; folder=${spec#*|}
  times=()
  for _ in $(seq 1 "$RUNS"); do
    run=$((run + 1))
    start=$(date +%s%N); cpu=$(azurite_cpu_ms)
    out=$(dotnet "$CLI" import "$folder" --connection-string "$CS" --table-prefix "imp$run")
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
    echo "$name: $(grep -E '^read in' <<<"$out")" | tr -d '\r'
    echo "$name: $(grep -E 'published version' <<<"$out" | sed -E 's/.*\(([^)]*)\).*/\1/'); Azurite CPU $(( $(azurite_cpu_ms) - cpu )) ms; load $(cut -d' ' -f1 /proc/loadavg)"
  done
  echo "MEDIAN import_${name}_ms $(printf '%s\n' "${times[@]}" | median)"
done
