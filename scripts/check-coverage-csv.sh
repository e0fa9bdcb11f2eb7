#!/usr/bin/env bash
# Checks that a coverage CSV file reads back intact, Chinese included, in Python's csv module and in LibreOffice Calc.
#   scripts/check-coverage-csv.sh URL-or-FILE     e.g. http://127.0.0.1:7071/api/districts/150303/coverage.csv
# Installs libreoffice-calc-nogui (apt) when missing. LibreOffice converts the file to .xlsx and back to CSV; every cell
# must survive. Headless LibreOffice does not take the charset from the BOM, so the UTF-8 import option (76) is given,
# as a person picks "Unicode (UTF-8)" in Calc's Text Import dialog.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
(($# == 1)) || die "give one coverage CSV URL or file"
need_debs libreoffice-calc-nogui
WORK=$(mktemp -d "${TMPDIR:-/tmp}/coverage-csv.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
if [[ $1 == http* ]]; then curl -sSf -o "$WORK/coverage.csv" "$1"; else cp "$1" "$WORK/coverage.csv"; fi
office() { soffice --headless "-env:UserInstallation=file://$WORK/profile" "$@" >/dev/null 2>&1; }
office --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$WORK" "$WORK/coverage.csv"
office --convert-to "csv:Text - txt - csv (StarCalc):44,34,76" --outdir "$WORK/back" "$WORK/coverage.xlsx"
python3 - "$WORK/coverage.csv" "$WORK/back/coverage.csv" <<'PY'
import csv, sys
with open(sys.argv[1], 'rb') as f:
    assert f.read(3) == b'\xef\xbb\xbf', 'no UTF-8 BOM'
original = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8-sig')))
back = list(csv.reader(open(sys.argv[2], newline='', encoding='utf-8')))
assert len(original) == len(back), f'{len(original)} rows, LibreOffice gave {len(back)}'
def same(a, b):
    try:
        return a == b or float(a) == float(b)
    except ValueError:
        return False
bad = [(i, a, b) for i, (x, y) in enumerate(zip(original, back)) for a, b in zip(x, y) if not same(a, b)]
assert not bad, f'cells changed by LibreOffice, first: row {bad[0][0]}: {bad[0][1]!r} -> {bad[0][2]!r}'
names = sorted({r[original[0].index('area_name_zh')] for r in original[1:]})
print(f'{len(original) - 1} rows read by Python csv and LibreOffice Calc alike; Chinese names intact, e.g. {names[0]}')
PY
