#!/usr/bin/env bash
# Runs the Slurm recipes of Docs/cluster/ on a real scheduler: Debian's Slurm and munge,
# started here as a single-node cluster (controller and node on this machine, private ports,
# state in a temporary folder). Submits the sweep array and the merge that depends on it, then
# a second array in which one task is cancelled, resubmits that task alone (sbatch --array=2)
# and merges again; both merges' points.csv must equal the unsharded sweep's byte for byte.
# Installs slurm-wlm and munge with apt-get when they are missing (needs root).
#
# Usage: Tests/cluster/slurm-local.sh [EXECUTABLE] [WORK_DIR]
#   EXECUTABLE  community-twin to test. Default: .build/release/community-twin
#   WORK_DIR    scratch folder (removed first). Default: a new temporary folder
# Exit status: 0 when every check passes; non-zero with a message naming the step otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
twin="$(realpath "${1:-.build/release/community-twin}")"
test -x "$twin" || { echo "slurm check: $twin is not an executable (swift build -c release)" >&2; exit 1; }
work="${2:-$(mktemp -d /tmp/twin-slurm.XXXXXX)}"
rm -rf "$work" && mkdir -p "$work"
work="$(realpath "$work")"

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  echo "== installing Debian's slurm-wlm and munge"
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi

fail() { echo "slurm check: $*" >&2; exit 1; }
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for file in "$work"/slurmctld.pid "$work"/slurmd.pid "$work"/munged.pid; do
    [ -f "$file" ] && kill "$(cat "$file")" 2>/dev/null || true
  done
}
trap cleanup EXIT

echo "== starting munge and a single-node Slurm in $work"
dd if=/dev/urandom of="$work/munge.key" bs=1024 count=1 status=none
chmod 600 "$work/munge.key"
mkdir -p "$work/munge-state"
munged --force --key-file="$work/munge.key" --socket="$work/munge.socket" --pid-file="$work/munged.pid" \
  --log-file="$work/munged.log" --seed-file="$work/munge-state/seed"
node="$(hostname -s)"
cpus="$(nproc)"
memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) * 9 / 10 / 1024 ))
mkdir -p "$work/state" "$work/spool"
cat > "$work/slurm.conf" <<CONF
ClusterName=twin-check
SlurmctldHost=$node
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=$(id -un)
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
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
NodeName=$node CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=check Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"
slurmctld -f "$SLURM_CONF" || fail "slurmctld did not start (see $work/slurmctld.log)"
slurmd -f "$SLURM_CONF" || fail "slurmd did not start (see $work/slurmd.log)"
for _ in $(seq 60); do
  if sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then break; fi
  sleep 1
done
sinfo -h -o '%T' | grep -qE '^(idle|mixed|allocated)' || fail "the node never became idle: $(sinfo 2>&1)"

echo "== the unsharded sweep"
cat > "$work/sweep.json" <<JSON
{"name": "slurm-check", "description": "Slurm check: staffing against the devolution threshold.",
 "base": "$repo/Scenarios/devolution.json",
 "parameters": [{"path": "workforce.roles[community_worker].per_1000", "levels": [3, 6]},
                {"path": "interventions[devolution].threshold_cny", "levels": [0, 600000]}],
 "design": {"kind": "grid"}, "replications": 2, "run": {"days": 5, "warmup_days": 0}}
JSON
"$twin" sweep "$work/sweep.json" --out "$work/reference" --quiet >/dev/null
"$twin" merge "$work/reference" --out "$work/reference/merged" >/dev/null

# Waits (at most 600 s) until job $1 has left the queue; fails if it did not complete.
wait_for() {
  for _ in $(seq 600); do
    if [ -z "$(squeue -h -j "$1" 2>/dev/null)" ]; then break; fi
    sleep 1
  done
  [ -z "$(squeue -h -j "$1" 2>/dev/null)" ] || fail "job $1 still queued after 600 s: $(squeue)"
}
settings=(--export="ALL,SHARDS=4,COMMUNITY_TWIN=$twin,SWEEP=$work/sweep.json")

echo "== the array of 4 shards and the merge that depends on it"
array=$(sbatch --parsable --chdir="$work" "${settings[@]},OUT=$work/out" --array=0-3 "$repo/Docs/cluster/sweep.slurm")
merge=$(sbatch --parsable --chdir="$work" --export="ALL,COMMUNITY_TWIN=$twin,OUT=$work/out" \
  --dependency="afterok:$array" "$repo/Docs/cluster/merge.slurm")
wait_for "$array"
wait_for "$merge"
cmp "$work/out/merged/points.csv" "$work/reference/merged/points.csv" \
  || fail "the array's points.csv differs from the unsharded sweep's"
echo "   points.csv identical to the unsharded sweep's"

echo "== a second array with task 2 cancelled, task 2 resubmitted alone, merged again"
array=$(sbatch --parsable --chdir="$work" "${settings[@]},OUT=$work/again" --array=0-3 --hold \
  "$repo/Docs/cluster/sweep.slurm")
scancel "${array}_2"
scontrol release "$array"
wait_for "$array"
[ ! -s "$work/again/shard-2/runs.jsonl" ] || fail "task 2 ran although it was cancelled"
retry=$(sbatch --parsable --chdir="$work" "${settings[@]},OUT=$work/again" --array=2 "$repo/Docs/cluster/sweep.slurm")
merge=$(sbatch --parsable --chdir="$work" --export="ALL,COMMUNITY_TWIN=$twin,OUT=$work/again" \
  --dependency="afterok:$retry" "$repo/Docs/cluster/merge.slurm")
wait_for "$retry"
wait_for "$merge"
cmp "$work/again/merged/points.csv" "$work/reference/merged/points.csv" \
  || fail "after the resubmitted task, points.csv differs from the unsharded sweep's"
echo "   points.csv identical to the unsharded sweep's after resubmitting task 2 alone"
echo "== slurm check passed"
