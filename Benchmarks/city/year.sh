#!/usr/bin/env bash
# Measures issue 22's item 5 as Benchmarks/README.md records it: the imported city of about
# ten million residents (make-city.py), one replication of 365 days from its warm start, on
# one core, against the targets of five minutes and 1.5 GB.
#
# Usage: Benchmarks/city/year.sh [BINARY] [DIR] [CORE]
#   BINARY  community-twin to measure (default .build/release/community-twin: build it first
#           with `swift build -c release`)
#   DIR     where the city's tables, scenario and outputs go (default /tmp/city); the tables
#           and scenario are made once and reused
#   CORE    the core to pin the run to with taskset (default 1)
# Prints the run's CPU time (user + system), wall time and peak resident set, and whether the
# wall time and the peak are within their targets. Run nothing else meanwhile: the other core's work slows this one
# (history/8-the-city-measured-side-by-side.md). Needs GNU time (/usr/bin/time) and python3;
# taskset (util-linux) if present. About four to eight minutes, by machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-.build/release/community-twin}
dir=${2:-/tmp/city}
core=${3:-1}
[ -x "$binary" ] || { echo "year.sh: $binary is not an executable (swift build -c release)" >&2; exit 66; }
command -v /usr/bin/time >/dev/null || { echo "year.sh: GNU time (/usr/bin/time) not found" >&2; exit 69; }

if [ ! -f "$dir/city.json" ]; then
  python3 "$here/make-city.py" "$dir"
  "$binary" import "$dir/tables" --base "$dir/base.json" --name city --out "$dir/city.json"
fi
pin=()
command -v taskset >/dev/null && pin=(taskset -c "$core")
rm -rf "$dir/out"
"${pin[@]}" /usr/bin/time -f "%U %S %e %M" -o "$dir/year.time" \
  "$binary" run "$dir/city.json" --replications 1 --threads 1 --out "$dir/out" >/dev/null 2>"$dir/year.err" \
  || { cat "$dir/year.err" >&2; exit 1; }
read -r user system wall kib <"$dir/year.time"
awk -v u="$user" -v s="$system" -v w="$wall" -v k="$kib" 'BEGIN {
  cpu = u + s; mib = k / 1024; gb = k * 1024 / 1e9
  printf "the city, 365 days from the warm start, one core: %.1f s CPU (%.1f user, %.1f system), %.1f s wall, peak RSS %.0f MiB (%.2f GB)\n", cpu, u, s, w, mib, gb
  printf "wall time < 300 s: %s; memory < 1.5 GB: %s\n", (w < 300 ? "met" : "NOT met"), (gb < 1.5 ? "met" : "NOT met")
}'
