#!/usr/bin/env bash
# Runs Runway on a real Slurm cluster: brings up a one-node cluster on this
# machine (munged, slurmctld, slurmd from Debian's packages, a generated
# slurm.conf, no cgroups), submits a small sweep with `runway slurm --submit`
# as a 4-task job array (at most 2 at once, an extra sbatch option) plus a
# dependent merge job, waits, and checks that the merged results equal the
# same experiment run whole. Then it re-runs one task alone, as an admin
# would after a failure (`sbatch --array=2 array.sh`), merges again and checks
# the results once more. Stops the daemons it started, by their process ids.
# Needs root (as CI and the sessions have).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNWAY=${RUNWAY:-$PWD/.build/release/runway}
EXPERIMENT=${EXPERIMENT:-experiments/ci/help-desk.yaml}
SHARDS=${SHARDS:-4}

for tool in munged slurmctld slurmd sbatch squeue sinfo; do
  if ! command -v "$tool" >/dev/null; then
    echo "installing slurmctld slurmd munge slurm-client with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurmctld slurmd munge slurm-client >/dev/null
    break
  fi
done

work=$(mktemp -d /tmp/runway-slurm.XXXXXX)
pids=()
stop_daemons() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for _ in 1 2 3 4 5; do
    alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    ((alive)) || break; sleep 1
  done
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
}
fail() { echo "slurm test: $*" >&2; for f in "$work"/*.log; do echo "--- $f"; tail -n 20 "$f"; done >&2; exit 1; }
trap 'stop_daemons; rm -rf "$work"' EXIT

host=$(hostname -s)
mkdir -p "$work/state" "$work/spool"
[ -s /etc/munge/munge.key ] || mungekey --create --keyfile=/etc/munge/munge.key
munged --foreground --force --socket="$work/munge.socket" --pid-file="$work/munged.pid" \
  --log-file="$work/munged.log" --seed-file="$work/munged.seed" --key-file=/etc/munge/munge.key >"$work/munged.out" 2>&1 &
pids+=($!)

cat > "$work/slurm.conf" <<CONF
ClusterName=runway-test
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge.socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"

for _ in $(seq 50); do [ -S "$work/munge.socket" ] && break; sleep 0.2; done
[ -S "$work/munge.socket" ] || fail "munged did not start"
slurmctld -D -f "$SLURM_CONF" >"$work/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" -N "$host" >"$work/slurmd.out" 2>&1 &
pids+=($!)

state=""
for _ in $(seq 120); do
  state=$(sinfo -h -N -o %T 2>/dev/null | head -n 1 || true)
  [ "$state" = idle ] && break
  sleep 0.5
done
[ "$state" = idle ] || fail "the node did not become idle (state: '$state')"

out="$work/results/sweep"
submitted=$("$RUNWAY" slurm "$EXPERIMENT" --shards "$SHARDS" --out "$out" --max-concurrent 2 \
  --sbatch-option=--comment=runway-slurm-test --submit)
echo "$submitted"
array_job=$(sed -n 's/^submitted array job \([0-9]*\) and merge job \([0-9]*\);.*/\1/p' <<<"$submitted")
merge_job=$(sed -n 's/^submitted array job \([0-9]*\) and merge job \([0-9]*\);.*/\2/p' <<<"$submitted")
[ -n "$array_job" ] && [ -n "$merge_job" ] || fail "runway slurm did not report the job ids"
merge_settings=$(scontrol show job "$merge_job" 2>/dev/null || true)
deadline=$((SECONDS + 600))
while [ -n "$(squeue -h 2>/dev/null)" ]; do
  ((SECONDS < deadline)) || fail "jobs still queued after 10 minutes"
  sleep 1
done
[ -d "$out" ] || { cat "$out.slurm/logs/"*.out >&2 || true; fail "the merge job produced no results"; }

passed=0; failed=0
ok() { # ok DESCRIPTION-OF-FAILURE COMMAND…
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "slurm test: $what" >&2; fi
}
"$RUNWAY" run "$EXPERIMENT" --out "$work/whole" --quiet
compare_with_whole() { # compare_with_whole WHEN
  for f in summary.json summary.csv replications.csv comparisons.csv timeseries.csv; do
    [ -f "$work/whole/$f" ] || continue
    ok "$1: $f differs from the whole run's" cmp -s "$work/whole/$f" "$out/$f"
  done
}
compare_with_whole "after the array and merge"
for ((i = 0; i < SHARDS; i++)); do
  ok "no log ${array_job}_$i.out (logs named %A_%a)" [ -f "$out.slurm/logs/${array_job}_$i.out" ]
done
ok "the merge job was not submitted with --kill-on-invalid-dep=yes: $merge_settings" \
  grep -qi "KillOInInvalidDependent=Yes" <<<"$merge_settings"
ok "the array was not limited to 2 tasks at once" grep -q "^#SBATCH --array=0-$((SHARDS - 1))%2$" "$out.slurm/array.sh"
ok "the extra sbatch option is not in the jobs: $merge_settings" grep -q "Comment=runway-slurm-test" <<<"$merge_settings"

# Re-run task 2 alone over its finished shard (a retry that was not needed):
# --resume leaves the shard alone and the task succeeds.
before=$(cat "$out.shard-2/shard.json")
again=$(sbatch --parsable --wait --array=2 "$out.slurm/array.sh") || fail "re-running finished task 2 failed: $(cat "$out.slurm/logs/"*_2.out)"
ok "re-running finished task 2 changed its shard" [ "$(cat "$out.shard-2/shard.json")" = "$before" ]
# Re-run task 2 alone, as after a failure that lost its folder
# (SLURM_ARRAY_TASK_COUNT is then 1: the shard count must come from the script), and merge again.
rm -rf "$out.shard-2" "$out"
rerun=$(sbatch --parsable --wait --array=2 "$out.slurm/array.sh") || fail "task 2 alone failed: $(cat "$out.slurm/logs/"*_2.out)"
rerun=${rerun%%;*}
ok "task 2 re-run alone made no shard folder" [ -f "$out.shard-2/shard.json" ]
ok "task 2 re-run alone did not log to ${rerun}_2.out" [ -f "$out.slurm/logs/${rerun}_2.out" ]
sbatch --parsable --wait "$out.slurm/merge.sh" >/dev/null || fail "the second merge failed: $(tail -n 5 "$out.slurm/logs/"merge_*.out)"
[ -d "$out" ] || fail "the second merge produced no results"
compare_with_whole "after re-running task 2 and merging again"

echo "slurm test: $SHARDS-task array and merge on a one-node cluster, then task 2 again and a second merge; results equal the whole run"
echo "$passed passed, $failed failed"
((failed == 0))
