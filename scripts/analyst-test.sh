#!/usr/bin/env bash
# Analyst files without traps: runs a reduced desk-staffing (two scenarios, a
# sweep, time series, fields that are not a number), then the pandas snippet
# of results/README.md and checks its chart, then loads every CSV file as a
# naive analyst would (pd.read_csv, no options) and as datapackage.json says,
# and requires no type surprises: `replication` and `n` integers, numbers as
# floats, empty fields NaN, `bucket_start` a time with its offset, every
# column the package names and no other; resource names unique and every CSV
# file described, breakdowns.csv of a luxury-channel run included. Python
# with pandas and matplotlib: installed into a venv (.build/analyst-venv) when missing. R: the readr
# snippet runs when Rscript with readr is present (.ci/run installs it).
# Needs the release build (`make test` makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNWAY=$ROOT/.build/release/runway
[ -x "$RUNWAY" ] || { echo "analyst-test: $RUNWAY is missing; build first (make test does)"; exit 1; }

PYTHON=python3
if ! python3 -c 'import pandas, matplotlib' >/dev/null 2>&1; then
  VENV=$ROOT/.build/analyst-venv
  if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import pandas, matplotlib' >/dev/null 2>&1; then
    echo "analyst-test: installing pandas and matplotlib into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check pandas matplotlib
  fi
  PYTHON=$VENV/bin/python
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/runway-analyst.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
"$RUNWAY" run experiments/desk-staffing.yaml --replications 3 --out "$WORK/results/desk-staffing" --quiet --no-report
# A luxury-channel run writes breakdowns.csv, a table the model kind declares.
printf 'name: luxury\nmodel: %s/models/tmall-luxury.yaml\nhorizon: 1h\nstart: 2017-08-07T20:00:00+08:00\nreplications: 2\n' "$ROOT" >"$WORK/luxury.yaml"
"$RUNWAY" run "$WORK/luxury.yaml" --out "$WORK/results/luxury" --quiet --no-report

# snippet LANGUAGE: the code block after <!-- analyst-snippet: LANGUAGE --> in results/README.md
snippet() {
  awk -v want="$1" '
    $0 ~ "<!-- analyst-snippet: " want " -->" { armed = 1; next }
    armed && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }' results/README.md
}

snippet python >"$WORK/snippet.py"
[ -s "$WORK/snippet.py" ] || { echo "analyst-test: FAIL: no python snippet in results/README.md"; exit 1; }
(cd "$WORK" && MPLBACKEND=Agg "$PYTHON" snippet.py >snippet-python.out)
"$PYTHON" - "$WORK" <<'PY'
import json, sys, pathlib
import pandas as pd
from pandas.api import types as t

work = pathlib.Path(sys.argv[1])
folder = work / "results" / "desk-staffing"
failures = []
def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)

png = (work / "wait.png").read_bytes()
check(png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000, "the pandas snippet drew wait.png")
check("baseline" in (work / "snippet-python.out").read_text(), "the pandas snippet printed the queue by scenario")

for results in [folder, work / "results" / "luxury"]:
    package = json.load(open(results / "datapackage.json"))
    names = [r["name"] for r in package["resources"]]
    check(len(names) == len(set(names)), f"{results.name}: datapackage.json's resource names are unique ({names})")
    tables = [r for r in package["resources"] if r.get("format") == "csv"]
    check({r["path"] for r in tables} == {p.name for p in results.glob("*.csv")},
          f"{results.name}: datapackage.json names every CSV file ({sorted(p.name for p in results.glob('*.csv'))})")
    for r in tables:
        naive = pd.read_csv(results / r["path"])          # what an analyst types first
        fields = r["schema"]["fields"]
        check(list(naive.columns) == [f["name"] for f in fields], f"{r['path']}: the package names its columns in order")
        for f in fields:
            column = naive[f["name"]]
            if f["type"] == "integer":
                check(t.is_integer_dtype(column), f"{r['path']}: {f['name']} reads as integers ({column.dtype})")
            elif f["type"] == "number":
                check(t.is_numeric_dtype(column), f"{r['path']}: {f['name']} reads as numbers ({column.dtype})")
            elif f["type"] == "datetime":
                parsed = pd.to_datetime(column, format=f["format"])
                check(str(parsed.dtype).startswith("datetime64") and parsed.notna().all(),
                      f"{r['path']}: {f['name']} parses as times with their offset ({parsed.dtype})")
check((work / "results" / "luxury" / "breakdowns.csv").exists(), "the luxury run wrote breakdowns.csv")

reps = pd.read_csv(folder / "replications.csv")
check((reps.replication == 0).sum() > 0, "replications.csv: replication == 0 matches rows")
check(reps.value.isna().sum() > 0 and not (reps.value.astype(str) == "").any(),
      "replications.csv: fields that are not a number read as NaN")
ts = pd.read_csv(folder / "timeseries.csv")
check(t.is_integer_dtype(ts.replication) and (ts.replication == 0).sum() > 0, "timeseries.csv: replication is a number")
if failures:
    print(f"analyst-test: {len(failures)} check(s) failed")
    sys.exit(1)
PY

if command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(readr)' >/dev/null 2>&1; then
  snippet r >"$WORK/snippet.R"
  (cd "$WORK" && Rscript snippet.R >snippet-r.out)
  [ -s "$WORK/wait-r.png" ] || { echo "analyst-test: FAIL: the R snippet drew no wait-r.png"; exit 1; }
  grep -q baseline "$WORK/snippet-r.out" || { echo "analyst-test: FAIL: the R snippet printed no queue"; exit 1; }
  echo "analyst-test: the R snippet ran"
else
  echo "analyst-test: Rscript with readr is not here; the R snippet was not run"
fi
echo "analyst-test: the results load in pandas without type surprises"
