#!/usr/bin/env bash
# The HTML report in a real browser: reduced runs of the launch day (time
# series, the live show's window, run-off, comparisons), the desk-staffing
# sweep, the warehouse outage (an outage shaded for the scenario that has it),
# the warehouse-staffing zip sweep (labelled points), a goal seek
# (smallest-servers: candidates and verdicts) and hourly staffing
# (desk-hourly: the plan against demand, the service level per hour), each with the
# report.html `runway run` writes, which `runway report` must make again byte
# for byte; then headless Chromium (Debian's `chromium`, installed here when
# absent) renders each page to a 1280x4000 PNG that must not be blank and must
# show the series colours, and dumps the DOM, which must hold the charts and
# tables. Needs the release build (`make test` makes it).
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

# render NAME [COLOUR…]: screenshot and DOM of $WORK/NAME/report.html; the colours that must be drawn
# (default: the first two series colours, Okabe-Ito blue and orange)
render() {
  local name=$1 page="file://$WORK/$1/report.html"
  shift
  local colours=("$@")
  [ ${#colours[@]} -gt 0 ] || colours=(0072B2 E69F00)
  timeout 180 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --mute-audio --no-first-run \
    --screenshot="$WORK/$name.png" --window-size=1280,4000 "$page" >"$WORK/$name.chromium.log" 2>&1 \
    || { cat "$WORK/$name.chromium.log"; fail "$name: chromium could not take a screenshot"; return; }
  timeout 180 chromium --headless --no-sandbox --disable-gpu --mute-audio --no-first-run \
    --dump-dom "$page" >"$WORK/$name.dom.html" 2>>"$WORK/$name.chromium.log" \
    || { cat "$WORK/$name.chromium.log"; fail "$name: chromium could not dump the DOM"; return; }
  # Size, not blank, and the colours drawn.
  python3 scripts/png_inspect.py "$WORK/$name.png" 1280 4000 "${colours[@]}" || fail "$name: the screenshot"
  if [ -n "$KEEP" ]; then mkdir -p "$KEEP" && cp "$WORK/$name.png" "$WORK/$name/report.html" "$KEEP/" && mv "$KEEP/report.html" "$KEEP/$name.html"; fi
}

# expect NAME WHAT COUNT PATTERN: the DOM of NAME holds COUNT matches of the regular expression PATTERN
expect() {
  local name=$1 what=$2 want=$3 pattern=$4 got
  got=$( (grep -o -E "$pattern" "$WORK/$name.dom.html" || true) | wc -l)
  if [ "$got" -eq "$want" ]; then echo "report-browser-test: $name: $what: $got"; else fail "$name: $what: $got, expected $want"; fi
}

# Counts that follow the model's catalogue and the experiment's table, read from them:
# the series the experiment keeps (`outputs.timeseries.metrics`, with `*` patterns), else all.
series_count() {
  "$RUNWAY" metrics --json "$1" | python3 -c '
import fnmatch, json, sys, yaml
series = [s["name"] for s in json.load(sys.stdin)["series"]]
timeseries = (yaml.safe_load(open(sys.argv[1])).get("outputs") or {}).get("timeseries") or {}
kept = timeseries.get("metrics") if isinstance(timeseries, dict) else None
print(len([s for s in series if kept is None or any(fnmatch.fnmatchcase(s, p) for p in kept)]))' "$1"
}
table_count() { python3 -c 'import sys,yaml; print(len(yaml.safe_load(open(sys.argv[1]))["outputs"]["table"]))' "$1"; }
LD_SERIES=$(series_count experiments/launch-day.yaml)
LD_TABLE=$(table_count experiments/launch-day.yaml)
DS_SERIES=$(series_count experiments/desk-staffing.yaml)

# run NAME REPLICATIONS: runway run writes the report; runway report must make the same bytes again.
run() {
  local name=$1 reps=$2
  "$RUNWAY" run "experiments/$name.yaml" --replications "$reps" --out "$WORK/$name" --force --quiet
  cp "$WORK/$name/report.html" "$WORK/$name.written.html"
  "$RUNWAY" report "$WORK/$name" --quiet
  cmp -s "$WORK/$name.written.html" "$WORK/$name/report.html" || fail "$name: runway report made another report than runway run"
  # runway table on a goal's or staffing plan's folder prints the answer as runway run did.
  if [ -f "$WORK/$name/answer.txt" ]; then
    "$RUNWAY" table "$WORK/$name" >"$WORK/$name.table" || fail "$name: runway table exited $?"
    cmp -s "$WORK/$name.table" "$WORK/$name/answer.txt" || fail "$name: runway table did not print the answer"
    [ -s "$WORK/$name.table" ] || fail "$name: runway table printed nothing"
  fi
}
HEADLINE_ROW='<tr><td>[a-z0-9_.]+</td><td>[^<]*</td><td class="num">'

run launch-day 2
render launch-day
expect launch-day "time-series charts (one per recorded series)" "$LD_SERIES" '<svg[^>]*class="chart chart-timeseries"'
expect launch-day "forest plots" 1 '<svg[^>]*class="chart chart-forest"'
expect launch-day "headline tables" 1 '<table class="headline">'
expect launch-day "headline rows (the experiment's table metrics)" "$LD_TABLE" "$HEADLINE_ROW"
expect launch-day "shaded live-show windows (one per series chart)" "$LD_SERIES" 'class="window window-highlight"'
expect launch-day "band legends" "$LD_SERIES" '>band: 95% interval of the mean \(2 replications\)</text>'
expect launch-day "header facts with input hashes" 2 'SHA-256 [0-9a-f]{64}'
expect launch-day "the run-off in the header" 1 '<dt>Run-off</dt><dd>21 d after the horizon'
expect launch-day "the start on the wall clock" 1 '<dt>Start</dt><dd>Mon 7 Aug 2017 08:00 \(UTC\+08:00\)</dd>'
expect launch-day "definition tables (metrics, series)" 2 '<table class="definitions">'
expect launch-day "scripts and external requests" 0 '<script|<link|src="http'

run desk-staffing 3
render desk-staffing
expect desk-staffing "sweep charts (table metrics x swept columns)" 3 '<svg[^>]*class="chart chart-sweep"'
expect desk-staffing "interval bars (2 scenarios x 3 points x 3 metrics)" 18 'class="interval-bar"'
expect desk-staffing "time-series charts" "$DS_SERIES" '<svg[^>]*class="chart chart-timeseries"'
expect desk-staffing "forest plots" 1 '<svg[^>]*class="chart chart-forest"'
expect desk-staffing "headline tables (one per sweep point)" 3 '<table class="headline">'
expect desk-staffing "sweep points named by their short label" 3 '<caption>servers=1[012]</caption>'

run warehouse-outage 2
render warehouse-outage
expect warehouse-outage "time-series charts" "$LD_SERIES" '<svg[^>]*class="chart chart-timeseries"'
expect warehouse-outage "the outage shaded on every series chart, named with its scenario" "$LD_SERIES" \
  '>outage shanghai \(shanghai closed after the show\)</text>'
expect warehouse-outage "forest plots" 1 '<svg[^>]*class="chart chart-forest"'

run warehouse-staffing 2
render warehouse-staffing
WS_TABLE=$(table_count experiments/warehouse-staffing.yaml)
expect warehouse-staffing "sweep charts (one zip axis x table metrics)" "$WS_TABLE" '<svg[^>]*class="chart chart-sweep"'
expect warehouse-staffing "zip points named by their labels (sweep axes, series legends)" "$((WS_TABLE + LD_SERIES))" '>2x</text>'
expect warehouse-staffing "headline rows (one per table metric)" "$WS_TABLE" "$HEADLINE_ROW"

# answer NAME [ARGS…]: a goal or staffing run writes report.html and says where; runway report makes the same bytes.
answer() {
  local name=$1
  shift
  "$RUNWAY" run "experiments/$name.yaml" "$@" --out "$WORK/$name" --force >"$WORK/$name.out" 2>/dev/null \
    || fail "$name: runway run exited $?"
  grep -qx "report: $WORK/$name/report.html" "$WORK/$name.out" || fail "$name: runway run did not print the report's path"
  cp "$WORK/$name/report.html" "$WORK/$name.written.html"
  "$RUNWAY" report "$WORK/$name" --quiet
  cmp -s "$WORK/$name.written.html" "$WORK/$name/report.html" || fail "$name: runway report made another report than runway run"
  # runway table on a goal's or staffing plan's folder prints the answer as runway run did.
  if [ -f "$WORK/$name/answer.txt" ]; then
    "$RUNWAY" table "$WORK/$name" >"$WORK/$name.table" || fail "$name: runway table exited $?"
    cmp -s "$WORK/$name.table" "$WORK/$name/answer.txt" || fail "$name: runway table did not print the answer"
    [ -s "$WORK/$name.table" ] || fail "$name: runway table printed nothing"
  fi
}

# Goal seek: two scenarios x two constraints, points marked by verdict (green holds, vermillion fails).
answer smallest-servers
render smallest-servers 009E73 D55E00
expect smallest-servers "goal-seek section" 1 '<section id="goal">'
expect smallest-servers "candidate charts (2 scenarios x 2 constraints)" 4 '<svg[^>]*class="chart chart-candidates"'
expect smallest-servers "target lines at 20 s and 120 s (one per chart)" 4 'class="target-line" data-value="(20|120)\.0"'
expect smallest-servers "target lines labelled in planners' units" 4 'class="target-label"[^>]*>target ≤ (20 s|2 min)</text>'
expect smallest-servers "chosen points (one per chart)" 4 'class="chosen"'
expect smallest-servers "runner-ups (one per chart)" 4 'class="runner-up"'
expect smallest-servers "candidate tables (one per scenario)" 2 '<table class="goal-candidates">'
expect smallest-servers "answers in a sentence" 2 '<p class="answer">Answer: stations\[desk\]\.servers = [0-9]+, at a cost of [0-9]+'
expect smallest-servers "the chosen point in the tables" 2 '<td class="choice-chosen">chosen</td>'
expect smallest-servers "headline tables (an answer has none)" 0 '<table class="headline">'
expect smallest-servers "scripts and external requests" 0 '<script|<link|src="http'
grep -q 'class="candidate verdict-fails"' "$WORK/smallest-servers.dom.html" || fail "smallest-servers: no point marked as failing"
grep -q 'class="candidate verdict-holds"' "$WORK/smallest-servers.dom.html" || fail "smallest-servers: no point marked as holding"

# Staffing hour by hour, reduced to 10 replications a plan (about a second).
answer desk-hourly --replications 10
render desk-hourly 0072B2 E69F00
expect desk-hourly "staffing section" 1 '<section id="staffing">'
expect desk-hourly "interval charts (plan against demand, service level per hour)" 2 '<svg[^>]*class="chart chart-intervals"'
expect desk-hourly "the staff and offered-load step lines" 2 'class="step-line" data-series="(staff \(the plan\)|offered load[^"]*)"'
expect desk-hourly "the service level's band per hour" 1 'class="series-band"'
expect desk-hourly "the target line at 80%" 1 'class="target-line" data-value="0\.8"'
expect desk-hourly "the target line's label" 1 'class="target-label"[^>]*>target ≥ 80% within 20 s</text>'
expect desk-hourly "plan tables" 1 '<table class="staffing-plan">'
expect desk-hourly "plan rows (24 hours)" 24 '<tr><td>([A-Z][a-z]{2} [0-9]+ [A-Z][a-z]{2} )?[0-9]{2}:00–[0-9]{2}:00</td>'
expect desk-hourly "the summary against the best constant staffing" 1 'staff-hours: the plan uses [0-9.]+% fewer'
expect desk-hourly "misses marked in the chart and the table alike" \
  "$(( $(grep -o '<td class="miss">' "$WORK/desk-hourly.dom.html" | wc -l) ))" 'class="miss-marker"'

if [ "$failures" -ne 0 ]; then
  echo "report-browser-test: $failures check(s) failed"
  exit 1
fi
echo "report-browser-test: the reports render in Chromium with their charts and tables"
