#!/usr/bin/env bash
# Fault injection: Runway killed at named points (runs saved, files between
# write and rename, every step of publishing), a disk that fills up, signals
# to a hung run, and hostile inputs under a time and memory limit. Each case
# prints "ok: …" or "FAIL: …"; the last line counts them.
#
#   scripts/fault-test.sh [RUNWAY_BINARY]      (default .build/release/runway)
#
# Crash points use the test-only hook RUNWAY_FAULT=NAME:N, with which the
# process sends itself SIGKILL the N-th time it reaches point NAME (see
# Sources/Experiments/Execution/CrashPoint.swift). The disk-full case mounts
# a small tmpfs, which needs root; where mounting is not allowed it says so.
set -uo pipefail
cd "$(dirname "$0")/.."
runway=$(realpath "${1:-.build/release/runway}")
work=$(mktemp -d "${TMPDIR:-/tmp}/runway-faults.XXXXXX")
mounted=""
cleanup() {
  [ -n "$mounted" ] && umount "$mounted" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }
# Limits for every command below: 30 s and 1 GB of address space.
limit() { (ulimit -v 1000000; exec timeout 30 "$@"); }

# A small experiment: two scenarios, four replications, time series.
cat >"$work/m.yaml" <<'EOF'
kind: queueing-network
stations:
  - name: desk
    arrivals: {dist: exponential, rate: 8}
    service: {dist: exponential, mean: 1}
    servers: 10
EOF
cat >"$work/e.yaml" <<'EOF'
name: faults
model: m.yaml
horizon: 400
replications: 4
scenarios:
  - name: base
  - name: more
    overrides:
      stations[desk].servers: 11
outputs: {timeseries: {bucket: 50}}
EOF
limit "$runway" run "$work/e.yaml" --out "$work/reference" --jobs 2 --quiet || fail "the reference run"

same_as_reference() {  # DIR: the same results files, no leftovers
  diff -r --exclude=manifest.json "$work/reference" "$1" >/dev/null 2>&1 &&
    [ ! -e "$1.partial" ] && [ -z "$(find "$1" -name '*.partial*' -o -name runs -o -name replaced)" ]
}

# 1. SIGKILL at each named point, then --resume: byte-identical results.
crash_case() {  # POINT N
  local out="$work/crash-$1-$2"
  RUNWAY_FAULT="$1:$2" limit "$runway" run "$work/e.yaml" --out "$out" --jobs 1 --quiet >/dev/null 2>&1
  local status=$?
  if [ $status -eq 0 ]; then                # the point was not reached that often: done
    [ "$2" = 1 ] && fail "point $1 was never reached (no RUNWAY_FAULT hook?)"
    return 1
  fi
  if [ $status -ne 137 ]; then fail "killed at $1:$2: exit $status, not 137 (SIGKILL)"; return 0; fi
  if [ -e "$out" ] && ! diff -r --exclude=manifest.json "$work/reference" "$out" >/dev/null 2>&1; then
    fail "killed at $1:$2: a half-written results folder appeared"
    return 0
  fi
  if ! limit "$runway" run "$work/e.yaml" --out "$out" --jobs 2 --resume --quiet >"$work/resume.out" 2>&1; then
    fail "killed at $1:$2: --resume failed: $(cat "$work/resume.out")"
  elif ! same_as_reference "$out"; then
    fail "killed at $1:$2: resumed results differ from an uninterrupted run"
  else
    ok "killed at $1:$2, resumed, byte-identical"
  fi
  return 0
}
for n in 1 3 8; do crash_case run-saved $n; done
for n in $(seq 1 40); do crash_case publish "$n" || break; done
for n in 2 9 11 12 13 14 15 16 17 18 19 20; do crash_case file-written "$n" || break; done

# A shard killed while publishing resumes too, and merged shards equal the whole run.
for i in 0 1; do
  RUNWAY_FAULT=publish:2 limit "$runway" run "$work/e.yaml" --shard $i/2 --out "$work/shard-$i" --quiet >/dev/null 2>&1
  limit "$runway" run "$work/e.yaml" --shard $i/2 --out "$work/shard-$i" --resume --quiet >/dev/null 2>&1 || fail "shard $i resume"
done
if limit "$runway" merge "$work/shard-0" "$work/shard-1" --out "$work/merged" --quiet >/dev/null 2>&1 && same_as_reference "$work/merged"; then
  ok "shards killed while publishing, resumed and merged: byte-identical"
else
  fail "shards killed while publishing, resumed and merged"
fi

# The same command repeated with --resume (a retried cluster job): it starts,
# finishes a partial run, and leaves complete results alone with exit status 0.
limit "$runway" run "$work/e.yaml" --out "$work/again" --resume --quiet >/dev/null 2>&1 && same_as_reference "$work/again" ||
  fail "--resume with nothing there did not run"
before=$(cat "$work/again/manifest.json")
if limit "$runway" run "$work/e.yaml" --out "$work/again" --resume --quiet >/dev/null 2>&1 &&
   [ "$(cat "$work/again/manifest.json")" = "$before" ]; then
  ok "--resume: starts from nothing, and leaves complete results of the same inputs alone (exit 0)"
else
  fail "--resume on complete results"
fi
sed 's/horizon: 400/horizon: 300/' "$work/e.yaml" >"$work/e-other.yaml"
limit "$runway" run "$work/e-other.yaml" --out "$work/again" --resume --quiet >/dev/null 2>&1
[ $? -eq 2 ] && [ "$(cat "$work/again/manifest.json")" = "$before" ] && ok "--resume on results of other inputs: exit 2, untouched" ||
  fail "--resume on results of other inputs"

# 2. A disk that fills up: nothing half-written, a readable cause, and --resume completes.
disk="$work/disk"
mkdir -p "$disk"
if mount -t tmpfs -o size=20k tmpfs "$disk" 2>/dev/null; then
  mounted="$disk"
  limit "$runway" run "$work/e.yaml" --out "$disk/r" --jobs 1 --quiet >/dev/null 2>"$work/full.err"
  status=$?
  if [ $status -eq 1 ] && grep -q "ENOSPC" "$work/full.err" && grep -q -- "--resume" "$work/full.err" &&
     [ "$(wc -l <"$work/full.err")" -eq 1 ] && ! grep -q NSCocoaErrorDomain "$work/full.err"; then
    ok "disk full: exit 1 and one line: $(cut -c1-120 "$work/full.err")…"
  else
    fail "disk full: exit $status, stderr: $(cat "$work/full.err")"
  fi
  [ -e "$disk/r" ] && fail "disk full: a results folder appeared"
  if [ -n "$(find "$disk" -name '*.partial-*')" ]; then fail "disk full: temporary files left"; fi
  mount -o remount,size=8m "$disk"
  if limit "$runway" run "$work/e.yaml" --out "$disk/r" --jobs 2 --resume --quiet >/dev/null 2>&1 && same_as_reference "$disk/r"; then
    ok "disk full: after freeing space --resume completes, byte-identical"
  else
    fail "disk full: --resume after freeing space"
  fi
  umount "$disk" && mounted=""
  # A read-only file system (EROFS) and results over a mount point that cannot be moved (EBUSY).
  mount -t tmpfs -o ro,size=1m tmpfs "$disk" && mounted="$disk"
  limit "$runway" run "$work/e.yaml" --out "$disk/r" --quiet >/dev/null 2>"$work/ro.err"
  if grep -q "EROFS" "$work/ro.err" && [ "$(wc -l <"$work/ro.err")" -eq 1 ]; then
    ok "read-only disk: $(cut -c1-100 "$work/ro.err" | sed "s|$work/||")…"
  else
    fail "read-only disk: $(cat "$work/ro.err")"
  fi
  umount "$disk" && mounted=""
  mount -t tmpfs -o size=1m tmpfs "$disk" && mounted="$disk"
  printf 'runway-folder 1\nkind results\nfingerprint x\n' >"$disk/.runway-folder"
  limit "$runway" run "$work/e.yaml" --out "$disk" --force --quiet >/dev/null 2>"$work/busy.err"
  status=$?
  if [ $status -eq 1 ] && grep -q "EBUSY" "$work/busy.err" && grep -q -- "--resume" "$work/busy.err" && [ -f "$disk/.runway-folder" ]; then
    ok "results over a mount point: exit 1, $(grep -o 'cannot rename.*(EBUSY)' "$work/busy.err" | cut -c1-60 | sed "s|$work/||")…"
  else
    fail "results over a mount point: exit $status: $(cat "$work/busy.err")"
  fi
  umount "$disk" && mounted=""
else
  echo "skipped: disk full, read-only and busy disks (mounting a tmpfs is not permitted here)"
fi

# 3. Signals: a hung run ends on SIGTERM after the grace period, or on a second SIGINT; finished runs stay saved.
# Four quick runs (almost no arrivals), then four that would take hours.
cat >"$work/long.yaml" <<'EOF'
name: long
model: m.yaml
horizon: 1e9
replications: 4
sweep:
  stations[desk].arrivals.rate: [1e-9, 8]
EOF
signal_case() {  # NAME EXPECTED-STATUS SIGNAL...
  local name=$1 expected=$2
  shift 2
  (ulimit -v 1000000; exec "$runway" run "$work/long.yaml" --out "$work/$name" --jobs 1 --grace 1 --quiet) 2>/dev/null &
  local pid=$!
  sleep 1
  local started=$SECONDS
  for s in "$@"; do kill -"$s" $pid; sleep 0.2; done
  wait $pid
  local status=$? took=$((SECONDS - started))
  local saved
  saved=$(ls "$work/$name.partial/runs" 2>/dev/null | grep -c '\.run$')
  if [ $status -eq "$expected" ] && [ $took -le 5 ] && [ "$saved" -eq 4 ]; then
    ok "hung run, $*: exit $status after ${took} s, the 4 finished runs saved"
  else
    fail "hung run, $*: exit $status after ${took} s with $saved runs saved (expected $expected within 5 s, 4 saved)"
  fi
}
signal_case term 143 TERM
signal_case int2 130 INT INT
signal_case term2 143 TERM TERM

# 4. Hostile inputs: exit 2 with one located error, within 30 s and 1 GB.
hostile() {  # NAME EXPECTED-PATTERN COMMAND...
  local name=$1 pattern=$2
  shift 2
  limit "$@" >/dev/null 2>"$work/hostile.err"
  local status=$?
  if [ $status -eq 2 ] && [ "$(wc -l <"$work/hostile.err")" -eq 1 ] && grep -qE "$pattern" "$work/hostile.err"; then
    ok "$name: exit 2, $(cut -c1-110 "$work/hostile.err" | sed "s|$work/||")"
  else
    fail "$name: exit $status, stderr: $(head -c 300 "$work/hostile.err")"
  fi
}
model_with() {  # NAME ARRIVALS SERVICE [ROUTING]
  cat >"$work/$1.yaml" <<EOF
kind: queueing-network
stations:
  - name: a
    arrivals: $2
    service: $3
    servers: 1
    ${4:-}
EOF
  printf 'name: %s\nmodel: %s.yaml\nhorizon: 100\nreplications: 2\n' "$1" "$1" >"$work/exp-$1.yaml"
}
service="{dist: exponential, mean: 1}"
model_with zero "{dist: deterministic, value: 0}" "$service"
model_with empirical "{dist: empirical, values: [0, 0]}" "$service"
model_with tiny "{dist: uniform, min: 0, max: 1e-300}" "$service"
model_with rate "{dist: exponential, rate: 1e308}" "$service"
model_with profile "{rates: [1, 1e308], every: 10}" "$service"
model_with loop "{dist: exponential, mean: 1}" "{dist: deterministic, value: 0}" "routing: {a: 1}"
for m in zero empirical tiny rate profile loop; do
  hostile "zero-time input ($m)" ":[0-9]+:[0-9]+: error: .*(floor|ceiling|no time)" "$runway" run "$work/exp-$m.yaml" --out "$work/out-$m"
done
python3 - "$work" <<'EOF'
import sys
w = sys.argv[1]
lines = ['kind: queueing-network', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
for i in range(1, 10):
    lines.append(f'a{i}: &a{i} [' + ', '.join([f'*a{i-1}'] * 10) + ']')
open(f'{w}/bomb.yaml', 'w').write('\n'.join(lines + ['stations: [*a9]']) + '\n')
open(f'{w}/keybomb.yaml', 'w').write('\n'.join(lines + ['? *a9', ': 1']) + '\n')
open(f'{w}/exp-bomb.yaml', 'w').write('name: bomb\nmodel: bomb.yaml\nhorizon: 10\n')
EOF
hostile "alias bomb (validate)" "bomb.yaml:[0-9]+:[0-9]+: error: .*alias" "$runway" validate "$work/bomb.yaml"
hostile "alias bomb as a key (validate)" "keybomb.yaml:[0-9]+:[0-9]+: error: .*alias" "$runway" validate "$work/keybomb.yaml"
hostile "alias bomb (run)" "bomb.yaml:[0-9]+:[0-9]+: error: .*alias" "$runway" run "$work/exp-bomb.yaml" --out "$work/out-bomb"
printf 'name: buckets\nmodel: m.yaml\nhorizon: 1e5\nreplications: 2\noutputs: {timeseries: {bucket: 0.001}}\n' >"$work/buckets.yaml"
hostile "a time series of 10^8 buckets" ":5:[0-9]+: error: .*100000000 buckets" "$runway" run "$work/buckets.yaml" --out "$work/out-buckets"
printf 'name: dup\nmodel: m.yaml\nhorizon: 10\nsweep:\n  stations[desk].servers: [2, 2]\n' >"$work/dup.yaml"
hostile "a sweep value given twice" ":5:[0-9]+: error: .*appears twice" "$runway" run "$work/dup.yaml" --out "$work/out-dup"
# A required key misspelt, or typed with a Greek omicron: named at the key, with what was meant.
printf 'name: typo\nmodel: m.yaml\nhorizn: 1h\n' >"$work/typo.yaml"
hostile "a misspelt required key" "typo.yaml:3:1: error: unknown key 'horizn' \(did you mean 'horizon'\?\)" "$runway" validate "$work/typo.yaml"
printf 'name: look-alike\nmodel: m.yaml\nh\xce\xbfrizon: 1h\n' >"$work/look-alike.yaml"
hostile "a required key with a Greek omicron" "look-alike.yaml:3:1: error: .*did you mean 'horizon'.*U\+03BF GREEK SMALL LETTER OMICRON" \
  "$runway" validate "$work/look-alike.yaml"
# Names that would break progress lines and tables.
printf 'name: names\nmodel: m.yaml\nhorizon: 10\nscenarios:\n  - name: "\\u202Eevil"\n' >"$work/bidi.yaml"
hostile "a scenario name with U+202E" "bidi.yaml:5:11: error: a name may not hold U\+202E RIGHT-TO-LEFT OVERRIDE" "$runway" validate "$work/bidi.yaml"
# Products of sizes, refused from the sizes before anything is listed: a sweep of
# 1,000 × 1,000 points (81 s and 10 GB to validate before), staffing snapshots
# of a microsecond, a catalogue of a billion products.
python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
axis = lambda unit: "[" + ", ".join(f"{i}{unit}" for i in range(1, 1001)) + "]"
open(f"{w}/bigsweep.yaml", "w").write("name: bigsweep\nmodel: m.yaml\nhorizon: 10\nsweep:\n"
                                      f"  stations[desk].servers: {axis('')}\n  stations[desk].service.mean: {axis('s')}\n")
PY
hostile "a sweep of 1,000 × 1,000 points (validate)" "bigsweep.yaml:5:3: error: a sweep of 1,000 × 1,000 = 1,000,000 points .* at most 10,000" \
  "$runway" validate "$work/bigsweep.yaml"
printf 'name: snapshots\nmodel: m.yaml\nhorizon: 1h\nstaffing:\n  pool: stations[desk]\n  interval: 1h\n  snapshot: 0.001s\n  target: {delayed-fraction: 20%%}\n  range: {max: 40}\n' >"$work/snapshots.yaml"
hostile "staffing snapshots every millisecond" "snapshots.yaml:7:13: error: snapshots every 0.001 s over 3600 s would make 3,600,000 buckets" \
  "$runway" run "$work/snapshots.yaml" --out "$work/out-snapshots"
printf 'name: products\nmodel: %s/models/tmall-luxury.yaml\nhorizon: 1h\nscenarios:\n  - name: big\n    overrides:\n      catalogue.brands: 1e9\n' "$PWD" >"$work/products.yaml"
hostile "a catalogue of 10^10 products" "products.yaml:7:25: error: 1,000,000,000 brands × 10 products per brand would make 10,000,000,000 products" \
  "$runway" validate "$work/products.yaml"
# Runs that would not end: a horizon of 1e300 ran for ever; 1.6 × 10^10 arrivals a run would take hours.
printf 'name: forever\nmodel: m.yaml\nhorizon: 1e300\nreplications: 3\n' >"$work/forever.yaml"
hostile "a horizon of 1e300" "forever.yaml:3:10: error: a horizon of 1e\+300 s is beyond the longest run, 100 years" \
  "$runway" run "$work/forever.yaml" --out "$work/out-forever"
printf 'name: crowd\nmodel: m.yaml\nhorizon: 2e9\nreplications: 3\n' >"$work/crowd.yaml"
hostile "1.6 × 10^10 arrivals a run" "crowd.yaml:3:10: error: at the model's arrival rates .* would start about 16,000,000,000 arrivals" \
  "$runway" run "$work/crowd.yaml" --out "$work/out-crowd"
# runway slurm writes no scripts whose every task run --shard would refuse.
hostile "runway slurm of a staffing experiment" "desk-hourly.yaml: error: --shard splits runs known in advance; staffing" \
  "$runway" slurm experiments/desk-hourly.yaml --shards 4 --out "$work/slurm-staffing"
[ ! -e "$work/slurm-staffing.slurm" ] && ok "no scripts for a staffing experiment" || fail "scripts written for a staffing experiment"
printf 'name: until\nmodel: m.yaml\nhorizon: 10\nreplications: {min: 3, max: 9, until: {metric: desk.wait_mean, half-width: 1}}\n' >"$work/until.yaml"
hostile "runway slurm of replications until precise" "until.yaml: error: --shard splits runs known in advance; 'until'" \
  "$runway" slurm "$work/until.yaml" --shards 4 --out "$work/slurm-until"
hostile "--out res// over the inputs' folder" "error: cannot write results here" "$runway" run "$work/e.yaml" --out "$work//" --force
# A damaged record in a shard: merge refuses it, naming file and line.
cp -r "$work/shard-1" "$work/shard-1-damaged"
record=$(ls "$work/shard-1-damaged/runs/"*.run | head -1)
head -n -2 "$record" >"$record.cut" && mv "$record.cut" "$record"
hostile "merge of a shard with a record cut short" "\.run:[0-9]+:1: error: .*shard 1" "$runway" merge "$work/shard-0" "$work/shard-1-damaged" --out "$work/out-merge"
# Baselines of the wrong shape or of another experiment.
limit "$runway" baseline "$work/e.yaml" --to "$work/b.json" >/dev/null 2>&1 || fail "storing a baseline"
for edit in 's/"replications": 4/"replications": -1/' 's/"replications": 4/"replications": 0/' 's/"replications": 4/"replications": 1e8/' \
            's/"experiment": "faults"/"experiment": "other"/' 's/"desk.wait_mean"/"desk.wait_avg"/'; do
  sed "$edit" "$work/b.json" >"$work/b-edited.json"
  hostile "a baseline edited with $edit" "b-edited.json: error: " "$runway" check "$work/e.yaml" --baseline "$work/b-edited.json"
done
# Ten million replications: memory stays bounded by the runs in flight (interrupted after a few thousand).
printf 'name: many\nmodel: m.yaml\nhorizon: 1\nreplications: %s\n' 10000000 >"$work/many.yaml"
for reps in 10000000 100000000; do
  sed "s/replications: .*/replications: $reps/" "$work/many.yaml" >"$work/many-$reps.yaml"
  (ulimit -v 1000000; exec timeout 60 "$runway" run "$work/many-$reps.yaml" --out "$work/many-$reps" --jobs 2 --quiet) 2>"$work/many.err" &
  pid=$!
  for _ in $(seq 1 200); do
    [ "$(ls "$work/many-$reps.partial/runs" 2>/dev/null | wc -l)" -ge 2000 ] && break
    sleep 0.1
  done
  kill -INT $pid
  wait $pid
  status=$?
  if [ $status -eq 130 ]; then
    ok "$reps replications: ran within 1 GB, interrupted with exit 130 ($(ls "$work/many-$reps.partial/runs" | wc -l) runs saved)"
  else
    fail "$reps replications: exit $status: $(head -c 300 "$work/many.err")"
  fi
  rm -rf "$work/many-$reps.partial"
done

echo "fault injection: $passed passed, $failed failed"
[ $failed -eq 0 ]
