#!/usr/bin/env bash
# Compares two builds of community-twin on one scenario by running them at the same time, one
# per core (taskset), swapping the cores each round: whatever the host does to the memory
# system during a round, it does to both, so the per-round CPU-time ratio is far steadier
# than that of runs one after the other (history/8-the-city-measured-side-by-side.md).
# Each process runs a little slower than alone (they share the L3 cache and the memory bus):
# report ratios, not times.
#
# Usage: Benchmarks/city/side-by-side.sh OLD-BINARY NEW-BINARY SCENARIO DAYS [ROUNDS]
#   e.g. Benchmarks/city/side-by-side.sh /tmp/old/community-twin .build/release/community-twin \
#          /tmp/city/city.json 20 4
# Prints one line per round (both CPU times, the ratio new ÷ old, both peak RSS) and the
# median ratio, and checks that the two builds wrote byte-identical CSV files. Needs two
# cores, taskset (util-linux) and GNU time (/usr/bin/time).
set -euo pipefail
if [ $# -lt 4 ]; then
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 64
fi
old=$1 new=$2 scenario=$3 days=$4 rounds=${5:-4}
for tool in taskset /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "side-by-side.sh: $tool not found" >&2; exit 69; }
done
[ "$(nproc)" -ge 2 ] || { echo "side-by-side.sh: needs two cores, this machine has $(nproc)" >&2; exit 69; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ratios=()
for round in $(seq "$rounds"); do
  if [ $((round % 2)) = 1 ]; then old_core=0 new_core=1; else old_core=1 new_core=0; fi
  rm -rf "$work/old" "$work/new"
  taskset -c "$old_core" /usr/bin/time -f "%U %M" -o "$work/old.time" \
    "$old" run "$scenario" --replications 1 --threads 1 --days "$days" --out "$work/old" >/dev/null 2>"$work/old.err" &
  taskset -c "$new_core" /usr/bin/time -f "%U %M" -o "$work/new.time" \
    "$new" run "$scenario" --replications 1 --threads 1 --days "$days" --out "$work/new" >/dev/null 2>"$work/new.err" &
  wait
  read -r old_cpu old_rss <"$work/old.time"
  read -r new_cpu new_rss <"$work/new.time"
  ratio=$(awk -v a="$old_cpu" -v b="$new_cpu" 'BEGIN { printf "%.3f", b / a }')
  ratios+=("$ratio")
  echo "round $round: old ${old_cpu} s CPU (core $old_core, ${old_rss} kB), new ${new_cpu} s CPU (core $new_core, ${new_rss} kB), ratio $ratio"
  for file in replications.csv timeseries.csv distributions.csv; do
    cmp -s "$work/old/$file" "$work/new/$file" || echo "round $round: $file differs between the builds"
  done
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END {
  m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
  printf "median ratio new / old over %d rounds: %.3f\n", NR, m }'
