#!/usr/bin/env bash
# Determinism across processes: every command that writes results runs twice, in two
# processes, with the same arguments and output paths, and the two sets of files must be
# byte-identical apart from the moment each run started (provenance's "started"). Swift seeds
# its hashing afresh in every process, so a sum or an order taken from a Dictionary or a Set
# can differ from one process to the next while every in-process test passes (sensitivity's
# Sobol indices did until 645853a, checkpoints' sets and dictionaries until the commit that
# added this check). Covers run (one community and a district), a checkpoint
# and its continuation, compare (fixed and automatic replications, uncertain worlds) and their
# reports, warmup, calibrate, a sweep with merge, sensitivity, explore and report, import and
# export, and a workshop game played over loopback (workshop-game.py: its state, debrief and
# debrief page as served). A run log (runs.jsonl) lists runs as they finish, so it is compared sorted; a
# checkpoint by its header (without its times) and its state (its checksum covers the times).
#
# Usage: Tests/determinism/check.sh [EXECUTABLE] [OUT_DIR]
#   EXECUTABLE  community-twin to test. Default: .build/release/community-twin
#   OUT_DIR     where the two sets of outputs go. Default: a temporary folder, removed after
# Exit status: 0 when both sets agree; 1 naming the files that differ. About 15 s in release.
set -euo pipefail
cd "$(dirname "$0")/../.."

twin="$(realpath "${1:-.build/release/community-twin}")"
test -x "$twin" || { echo "determinism check: $twin is not an executable (build it: swift build -c release)" >&2; exit 1; }
if [ -n "${2:-}" ]; then
  out="$2"
  rm -rf "$out"
  mkdir -p "$out"
else
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
root="$PWD"

# Every command, writing into $out/work.
commands() {
  local w="$out/work" short=(--days 20 --warmup-days 20 --quiet)
  mkdir -p "$w"
  cd "$w"
  "$twin" run "$root/Scenarios/baseline.json" --replications 3 "${short[@]}" --out run
  "$twin" run "$root/Scenarios/district.json" --replications 2 "${short[@]}" --out district
  "$twin" run "$root/Scenarios/baseline.json" --replications 2 "${short[@]}" --checkpoint-day 10 \
    --checkpoint checkpoint.twin --out before
  "$twin" run --from checkpoint.twin --out after --quiet
  "$twin" compare "$root/Scenarios/baseline.json" "$root/Scenarios/devolution.json" "$root/Scenarios/ppp-funding.json" \
    --replications 4 "${short[@]}" --out compare
  "$twin" report compare --html compare.html --markdown compare.md
  "$twin" compare "$root/Scenarios/baseline.json" "$root/Scenarios/devolution.json" --replications auto \
    --max-replications 12 "${short[@]}" --out auto
  printf 'capture.online_report_probability,departments.handoff_days.lognormal.mean\n0.1,15\n0.2,25\n0.15,20\n' \
    > worlds.csv
  "$twin" compare "$root/Scenarios/baseline.json" "$root/Scenarios/devolution.json" --replications 2 "${short[@]}" \
    --uncertain worlds.csv --out uncertain
  "$twin" report uncertain --html uncertain.html
  "$twin" warmup "$root/Scenarios/baseline.json" --replications 3 --days 60 --out warmup --quiet
  "$twin" calibrate "$root/Scenarios/baseline.json" --targets "$root/Scenarios/calibration/targets.csv" \
    --parameters "$root/Scenarios/calibration/parameters.json" --points 6 --rounds 1 --replications 2 \
    --out calibrate --quiet
  cat > sweep.json <<JSON
{"name": "determinism", "base": "$root/Scenarios/devolution.json",
 "parameters": [
   {"path": "workforce.roles[community_worker].per_1000", "label": "Caseworkers", "levels": [3, 4, 5, 6]},
   {"path": "interventions[devolution].threshold_cny", "levels": [0, 300000, 600000]}],
 "design": {"kind": "grid"}, "replications": 2, "run": {"days": 5, "warmup_days": 0},
 "metrics": ["response.all.mean_days", "satisfaction.index", "requests.resolved", "budget.spent_cny"]}
JSON
  for shard in 0 1; do "$twin" sweep sweep.json --shard $shard/2 --out sweep/$shard --quiet; done
  "$twin" merge sweep/0 sweep/1 --out sweep/all
  "$twin" sensitivity sweep/all
  "$twin" explore sweep/all
  "$twin" report sweep/all --html sweep.html
  "$twin" import "$root/Scenarios/import/example" --base "$root/Scenarios/baseline.json" --name example \
    --out example.json
  "$twin" run example.json --replications 2 --days 10 --quiet --out example-run
  "$twin" export example.json --out export
  python3 "$root/Tests/determinism/workshop-game.py" "$twin" "$root/Scenarios/baseline.json" .
  cd "$root"
}

for set in first second; do
  rm -rf "$out/work"
  commands > "$out/$set.log" 2>&1 || { cat "$out/$set.log" >&2; echo "determinism check: a command failed" >&2; exit 1; }
  mv "$out/work" "$out/$set"
done

# The same files, byte for byte, but for "started" times (and run logs, compared sorted).
untimed() { sed -E 's/"started": ?"[^"]*"/"started": ""/g; s/started 20[0-9-]+T[0-9:]+Z/started …/g' "$1"; }
differ=()
while IFS= read -r file; do
  a="$out/first/$file" b="$out/second/$file"
  if [ ! -f "$b" ]; then differ+=("$file (only in the first)"); continue; fi
  case "$file" in
    */runs.jsonl) cmp -s <(sort "$a") <(sort "$b") || differ+=("$file") ;;
    *.twin) python3 - "$a" "$b" <<'PY' || differ+=("$file") ;;
import re, struct, sys
def parts(path):  # the header without its times, and the state (Sources/TwinOutputs/Checkpoint/CheckpointFile.swift)
    data = open(path, "rb").read()
    header, state = struct.unpack_from("<QQ", data, 12)
    text = data[28:28 + header].decode()
    return re.sub(r'"(written|started)": "[^"]*"', "", text), data[28 + header:28 + header + state]
sys.exit(0 if parts(sys.argv[1]) == parts(sys.argv[2]) else 1)
PY
    *) cmp -s <(untimed "$a") <(untimed "$b") || differ+=("$file") ;;
  esac
done < <(cd "$out/first" && find . -type f | sed 's|^\./||' | sort)
files=$(cd "$out/first" && find . -type f | wc -l)
if [ "${#differ[@]}" -gt 0 ]; then
  printf 'determinism check: differs between two processes: %s\n' "${differ[@]}" >&2
  exit 1
fi
echo "determinism check: $files files identical in two processes"
