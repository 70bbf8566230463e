#!/usr/bin/env bash
# Checks, on the built binary, the exit statuses the README's table promises:
# 0 success, 1 drift found by `runway check`, a goal that cannot be met or a
# file that cannot be written, 2 bad input, 64 command-line
# usage, 130 a run stopped by SIGINT and 143 by SIGTERM (after saving the runs
# in progress). Also checks that `runway --version` prints the version that
# manifests record.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNWAY=${RUNWAY:-$PWD/.build/release/runway}

work=$(mktemp -d /tmp/runway-exit.XXXXXX)
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
ok() { # ok DESCRIPTION-OF-FAILURE COMMAND…: counts whether the command succeeds
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "exit-status test: $what" >&2; fi
}
status_of() { # status_of COMMAND…: runs it, output to $work/out, prints its exit status
  local status=0
  "$@" >"$work/out" 2>&1 || status=$?
  echo "$status"
}
expect() { # expect STATUS DESCRIPTION COMMAND…
  local want=$1 what=$2; shift 2
  local got; got=$(status_of "$@")
  ok "$what: expected status $want, got $got" [ "$got" = "$want" ]
  [ "$got" = "$want" ] || tail -n 5 "$work/out" >&2
}

# 0, and the one version.
expect 0 "runway --version" "$RUNWAY" --version
version=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/Experiments/RunwayVersion.swift)
ok "--version printed '$(cat "$work/out")', RunwayVersion.swift says '$version'" [ -n "$version" -a "$(cat "$work/out")" = "$version" ]
expect 0 "a whole run" "$RUNWAY" run experiments/ci/help-desk.yaml --out "$work/whole" --quiet
ok "manifest.json does not record version $version" grep -q "\"runway_version\": \"$version\"" "$work/whole/manifest.json"

# 1: drift. The committed baseline against a copy of the model with slower service.
mkdir -p "$work/models" "$work/experiments/ci"
sed 's/mean: 1m}/mean: 66s}/' models/help-desk.yaml >"$work/models/help-desk.yaml"
cp experiments/ci/help-desk.yaml "$work/experiments/ci/"
expect 1 "runway check with drift" "$RUNWAY" check "$work/experiments/ci/help-desk.yaml" --baseline results/baselines/ci-help-desk.json
expect 0 "runway check without drift" "$RUNWAY" check experiments/ci/help-desk.yaml

# 1: a goal that cannot be met within its ranges (8 agents for 9 contacts a minute
# of a minute each); 0 once the range reaches far enough.
goal() { # goal MAX: a goal file whose servers go up to MAX
  cat >"$work/goal-$1.yaml" <<YAML
name: goal-$1
model: $PWD/models/help-desk.yaml
horizon: 2h
replications: 5
seed: 1
goal:
  vary:
    stations[desk].servers: {min: 1, max: $1}
  subject-to: [desk.wait_mean <= 30s]
YAML
  echo "$work/goal-$1.yaml"
}
expect 1 "a goal that cannot be met" "$RUNWAY" run "$(goal 8)" --out "$work/goal-8" --quiet
ok "an infeasible goal wrote no goal.csv" [ -f "$work/goal-8/goal.csv" ]
expect 0 "a goal that can be met" "$RUNWAY" run "$(goal 14)" --out "$work/goal-14" --quiet

# 1: a file that cannot be written, whichever command writes it.
expect 1 "runway report --out into a folder that does not exist" "$RUNWAY" report "$work/whole" --out /nonexistent/runway/x.html --quiet
ok "an unwritable report was not one line naming its file: $(cat "$work/out")" grep -q "^/nonexistent/runway/x.html: error: cannot write" "$work/out"
expect 1 "runway check --junit into a folder that does not exist" "$RUNWAY" check experiments/ci/help-desk.yaml --junit /nonexistent/runway/x.xml
ok "an unwritable JUnit file was not a line naming it: $(tail -n 1 "$work/out")" grep -q "^/nonexistent/runway/x.xml: error: cannot write" "$work/out"

# 2: bad input; 64: command-line usage (argument-parser's).
expect 2 "a missing experiment file" "$RUNWAY" run "$work/missing.yaml" --out "$work/missing"
printf 'kind: queueing-network\nstations: [{name: desk, servise: {dist: exponential, mean: 1}}]\n' >"$work/bad.yaml"
expect 2 "validate of a model with a mistake" "$RUNWAY" validate "$work/bad.yaml"
for command in table report; do
  expect 2 "runway $command of a folder that holds no results" "$RUNWAY" "$command" "$work/models"
  ok "runway $command of a folder without results: not one located error: $(cat "$work/out")" \
    [ "$(grep -c . "$work/out")" = 1 -a "$(grep -o "error:" "$work/out" | wc -l)" = 1 ]
done
expect 64 "an unknown option" "$RUNWAY" run experiments/ci/help-desk.yaml --no-such-option
expect 64 "runway metrics with two formats" "$RUNWAY" metrics models/help-desk.yaml --json --markdown
# Every value runway slurm writes into a script stays on its line: refused before anything is written.
expect 64 "runway slurm --partition with a newline" "$RUNWAY" slurm experiments/ci/help-desk.yaml --shards 2 --partition $'short\necho PWNED' --out "$work/slurm"
expect 64 "runway slurm --time with a newline" "$RUNWAY" slurm experiments/ci/help-desk.yaml --shards 2 --time $'1:00:00\necho PWNED' --out "$work/slurm"
expect 64 "runway slurm --partition of two words" "$RUNWAY" slurm experiments/ci/help-desk.yaml --shards 2 --partition 'short --wrap=x' --out "$work/slurm"
ok "runway slurm wrote scripts although a value was refused" [ ! -e "$work/slurm.slurm" ]
expect 64 "a bad --shard" "$RUNWAY" run experiments/ci/help-desk.yaml --shard 3/2

# 130 and 143: a run of three long replications (1 to 2 s each), stopped by
# one signal as soon as its .partial folder exists (the handlers are in place
# before it is made). A lost signal would let it finish with 0.
cat >"$work/long.yaml" <<YAML
name: long
model: $PWD/models/help-desk.yaml
horizon: 1000d
replications: 3
seed: 1
YAML
interrupt() { # interrupt SIGNAL STATUS
  local out="$work/long-$1" status=0
  "$RUNWAY" run "$work/long.yaml" --out "$out" --jobs 1 --quiet 2>"$work/err-$1" &
  local pid=$!
  while [ ! -d "$out.partial" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  kill -s "$1" "$pid"
  wait "$pid" || status=$?
  ok "a run stopped by SIG$1: expected status $2, got $status" [ "$status" = "$2" ]
  ok "SIG$1 did not end with the runs in progress saved: $(cat "$work/err-$1")" grep -q "^interrupted: [0-9]* of 3 runs saved" "$work/err-$1"
  ok "SIG$1 left a results folder" [ ! -e "$out" ]
}
interrupt INT 130
interrupt TERM 143

echo "exit-status test: 0, 1, 2, 64, 130 and 143 as documented"
echo "$passed passed, $failed failed"
((failed == 0))
