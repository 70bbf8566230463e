#!/usr/bin/env bash
# Runs Runway on a real Slurm cluster: brings up a one-node cluster on this
# machine (munged, slurmctld, slurmd from Debian's packages, a generated
# slurm.conf, no cgroups), submits a small sweep with `runway slurm --submit`
# as a 4-task job array plus a dependent merge job, waits, and checks that the
# merged results equal the same experiment run whole. Stops the daemons it
# started, by their process ids. Needs root (as CI and the sessions have).
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
"$RUNWAY" slurm "$EXPERIMENT" --shards "$SHARDS" --out "$out" --submit
deadline=$((SECONDS + 600))
while [ -n "$(squeue -h 2>/dev/null)" ]; do
  ((SECONDS < deadline)) || fail "jobs still queued after 10 minutes"
  sleep 1
done
[ -d "$out" ] || { cat "$out.slurm/logs/"*.out >&2 || true; fail "the merge job produced no results"; }

"$RUNWAY" run "$EXPERIMENT" --out "$work/whole" --quiet
passed=0; failed=0
for f in summary.json summary.csv replications.csv comparisons.csv timeseries.csv; do
  [ -f "$work/whole/$f" ] || continue
  if cmp -s "$work/whole/$f" "$out/$f"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "differs: $f" >&2; fi
done
echo "slurm test: $SHARDS-task array and merge on a one-node cluster; results equal the whole run"
echo "$passed passed, $failed failed"
((failed == 0))
