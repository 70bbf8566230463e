#!/usr/bin/env bash
# The HTML report in a real browser: reduced runs of the launch day (time
# series, the live show's window, comparisons) and the desk-staffing sweep,
# `runway report` on each, then headless Chromium (Debian's `chromium`,
# installed here when absent) renders each page to a 1280x4000 PNG that must
# not be blank and must show the series colours, and dumps the DOM, which must
# hold the charts and tables. Needs the release build (`make test` makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNWAY=.build/release/runway
[ -x "$RUNWAY" ] || { echo "report-browser-test: $RUNWAY is missing; build first (make test does)"; exit 1; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "report-browser-test: installing chromium with apt-get"
  SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/runway-report-browser.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
KEEP=${REPORT_SCREENSHOTS:-}   # a folder to keep the screenshots in, for looking at them

failures=0
fail() { echo "report-browser-test: FAIL: $*"; failures=$((failures + 1)); }

# render NAME: screenshot and DOM of $WORK/NAME/report.html
render() {
  local name=$1 page="file://$WORK/$1/report.html"
  timeout 180 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --mute-audio --no-first-run \
    --screenshot="$WORK/$name.png" --window-size=1280,4000 "$page" >"$WORK/$name.chromium.log" 2>&1 \
    || { cat "$WORK/$name.chromium.log"; fail "$name: chromium could not take a screenshot"; return; }
  timeout 180 chromium --headless --no-sandbox --disable-gpu --mute-audio --no-first-run \
    --dump-dom "$page" >"$WORK/$name.dom.html" 2>>"$WORK/$name.chromium.log" \
    || { cat "$WORK/$name.chromium.log"; fail "$name: chromium could not dump the DOM"; return; }
  # Size, not blank, and the first two series colours (Okabe-Ito blue and orange) drawn.
  python3 scripts/png_inspect.py "$WORK/$name.png" 1280 4000 0072B2 E69F00 || fail "$name: the screenshot"
  if [ -n "$KEEP" ]; then mkdir -p "$KEEP" && cp "$WORK/$name.png" "$WORK/$name/report.html" "$KEEP/" && mv "$KEEP/report.html" "$KEEP/$name.html"; fi
}

# expect NAME WHAT COUNT PATTERN: the DOM of NAME holds COUNT matches of the regular expression PATTERN
expect() {
  local name=$1 what=$2 want=$3 pattern=$4 got
  got=$( (grep -o -E "$pattern" "$WORK/$name.dom.html" || true) | wc -l)
  if [ "$got" -eq "$want" ]; then echo "report-browser-test: $name: $what: $got"; else fail "$name: $what: $got, expected $want"; fi
}

# Counts that follow the model's catalogue and the experiment's table, read from them.
series_count() { "$RUNWAY" metrics --json "$1" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["series"]))'; }
table_count() { python3 -c 'import sys,yaml; print(len(yaml.safe_load(open(sys.argv[1]))["outputs"]["table"]))' "$1"; }
LD_SERIES=$(series_count experiments/launch-day.yaml)
LD_TABLE=$(table_count experiments/launch-day.yaml)
DS_SERIES=$(series_count experiments/desk-staffing.yaml)

"$RUNWAY" run experiments/launch-day.yaml --replications 2 --out "$WORK/launch-day" --force --quiet
"$RUNWAY" report "$WORK/launch-day" --quiet
render launch-day
expect launch-day "time-series charts (one per recorded series)" "$LD_SERIES" '<svg[^>]*class="chart chart-timeseries"'
expect launch-day "forest plots" 1 '<svg[^>]*class="chart chart-forest"'
expect launch-day "headline tables" 1 '<table class="headline">'
expect launch-day "headline rows (the experiment's table metrics)" "$LD_TABLE" '<tr><td>[a-z0-9_.]+</td>'
expect launch-day "shaded live-show windows (one per series chart)" "$LD_SERIES" 'class="window window-highlight"'
expect launch-day "band legends" "$LD_SERIES" '>band: 95% interval of the mean \(2 replications\)</text>'
expect launch-day "header facts with input hashes" 2 'SHA-256 [0-9a-f]{64}'
expect launch-day "scripts and external requests" 0 '<script|<link|src="http'

"$RUNWAY" run experiments/desk-staffing.yaml --replications 3 --out "$WORK/desk-staffing" --force --quiet
"$RUNWAY" report "$WORK/desk-staffing" --quiet
render desk-staffing
expect desk-staffing "sweep charts (table metrics x swept columns)" 3 '<svg[^>]*class="chart chart-sweep"'
expect desk-staffing "interval bars (2 scenarios x 3 points x 3 metrics)" 18 'class="interval-bar"'
expect desk-staffing "time-series charts" "$DS_SERIES" '<svg[^>]*class="chart chart-timeseries"'
expect desk-staffing "forest plots" 1 '<svg[^>]*class="chart chart-forest"'
expect desk-staffing "headline tables (one per sweep point)" 3 '<table class="headline">'

if [ "$failures" -ne 0 ]; then
  echo "report-browser-test: $failures check(s) failed"
  exit 1
fi
echo "report-browser-test: the reports render in Chromium with their charts and tables"
