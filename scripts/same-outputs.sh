#!/usr/bin/env bash
# Runs every experiment under experiments/ with two runway binaries and
# requires byte-identical results folders (manifest.json aside, which records
# times and the command line, and .runway-folder, the mark of folders Runway
# made). Use it around every refactoring step:
#
#   scripts/same-outputs.sh OLD_BINARY NEW_BINARY [REPLICATIONS]
#
# REPLICATIONS (default 2) keeps it quick; exit status 1 names each difference.
set -uo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 OLD_BINARY NEW_BINARY [REPLICATIONS]" >&2
  exit 64
fi
old=$(realpath "$1")
new=$(realpath "$2")
reps=${3:-2}
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/runway-same-outputs.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0
count=0
for experiment in $(find experiments -name '*.yaml' | sort); do
  name=$(echo "$experiment" | tr '/' '_')
  for side in old new; do
    binary=$old; [ "$side" = new ] && binary=$new
    "$binary" run "$experiment" --replications "$reps" --jobs 2 --quiet --out "$work/$side/$name" \
      >"$work/$side-$name.out" 2>"$work/$side-$name.err"
    echo $? >"$work/$side-$name.status"
  done
  count=$((count + 1))
  if ! cmp -s "$work/old-$name.status" "$work/new-$name.status"; then
    echo "DIFFERENT exit status for $experiment: $(cat "$work/old-$name.status") vs $(cat "$work/new-$name.status")"
    failed=1
    continue
  fi
  if ! diff -r --exclude=manifest.json --exclude=.runway-folder "$work/old/$name" "$work/new/$name" >"$work/diff-$name.txt" 2>&1; then
    echo "DIFFERENT results for $experiment:"
    head -20 "$work/diff-$name.txt"
    failed=1
  else
    status=$(cat "$work/new-$name.status")
    if [ "$status" = 0 ]; then echo "same: $experiment"; else echo "same (both exit $status): $experiment"; fi
  fi
done
if [ "$failed" = 0 ]; then
  echo "$count experiments: results byte-identical (manifest.json aside)"
fi
exit $failed
