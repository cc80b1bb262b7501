#!/usr/bin/env bash
# Records the kernel and community-model benchmarks the way Benchmarks/README.md reports them: a release build, then
# N interleaved processes of each benchmark (machine noise on shared VMs moves single runs by
# ±30 %, so we report min / median / max over processes), the kernel-vs-hand-written ratio from
# one process, instruction counts, and SimPy on the same queue in the same run when available.
#
# Usage: Benchmarks/record.sh [processes]      (default 7). The SimPy part runs
#        Benchmarks/simpy/bench_simpy.py with $SIMPY_PYTHON, else ~/.venvs/peers/bin/python, else
#        python3, if that Python has SimPy (python3 -m pip install simpy==4.1.2); otherwise it is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
swift build -c release --product twin-bench >/dev/null
bench=.build/release/twin-bench
out=$(mktemp -d)

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(uname -r)"
echo "steal before: $(vmstat 1 2 | tail -1 | awk '{print $NF "%"}')"
for _ in $(seq "$n"); do
  "$bench" mmc --lambda 9.5 --mu 1 --servers 10 --customers 2000000 --rounds 3 >>"$out/mmc.jsonl"
  "$bench" calendar-hold --pending 10000 --operations 3000000 --samples 5 >>"$out/hold.jsonl"
  "$bench" compare-mmc --customers 2000000 --rounds 3 >>"$out/compare.jsonl"
  "$bench" community --residents 100000 --days 365 >>"$out/community.jsonl"
done
echo "steal after: $(vmstat 1 2 | tail -1 | awk '{print $NF "%"}')"

python3 - "$out" <<'PY'
import json, statistics, sys, pathlib
d = pathlib.Path(sys.argv[1])
def load(name): return [json.loads(l) for l in (d / name).read_text().splitlines()]
def mmm(xs, f): xs = sorted(xs); return f"{f(xs[0])} / {f(statistics.median(xs))} / {f(xs[-1])}"
mmc, hold, cmp, com = load("mmc.jsonl"), load("hold.jsonl"), load("compare.jsonl"), load("community.jsonl")
m = lambda x: f"{x/1e6:.2f} M"
print(f"processes: {len(mmc)}")
print(f"mmc events/s (median of 3 rounds per process), min/median/max: {mmm([r['events_per_sec'] for r in mmc], m)}")
print(f"mmc events/s (best round per process),        min/median/max: {mmm([r['events_per_sec_best'] for r in mmc], m)}")
print(f"mmc customers/s (median round),               min/median/max: {mmm([r['customers_per_sec'] for r in mmc], m)}")
print(f"mmc mean wait {mmc[0]['mean_wait']:.4f} h vs Erlang C {mmc[0]['erlang_c_wait']:.4f} h; utilization {mmc[0]['utilization']:.4f}; peak RSS {max(r['peak_rss_bytes'] for r in mmc)/2**20:.1f} MiB")
print(f"calendar hold 10k ns/event (median of 5),      min/median/max: {mmm([r['ns_per_event_median'] for r in hold], lambda x: f'{x:.1f}')}")
print(f"calendar hold 10k ns/event (best of 5),        min/median/max: {mmm([r['ns_per_event_min'] for r in hold], lambda x: f'{x:.1f}')}")
print(f"hand-written M/M/c events/s (best of 3),       min/median/max: {mmm([r['minimal_events_per_sec'] for r in cmp], m)}")
print(f"kernel time / hand-written time (same process), min/median/max: {mmm([r['kernel_over_minimal_time'] for r in cmp], lambda x: f'{x:.2f}')}")
print(f"community 100k residents x 365 days: {com[0]['events']:,} events; events/s min/median/max: {mmm([r['events_per_sec'] for r in com], m)}; seconds: {mmm([r['seconds'] for r in com], lambda x: f'{x:.2f}')}")
print(f"community memory: peak RSS {max(r['peak_rss_bytes'] for r in com)/2**20:.1f} MiB = {max(r['rss_bytes_per_resident'] for r in com):.0f} B/resident (whole process); model alone {max(r['model_bytes_per_resident'] for r in com):.0f} B/resident")
PY

if command -v valgrind >/dev/null; then
  base=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" mmc --customers 1 --rounds 1 2>&1 | awk '/refs/ {gsub(",","",$4); print $4}')
  full=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" mmc --customers 200000 --rounds 1 2>&1 | awk '/refs/ {gsub(",","",$4); print $4}')
  hand=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" mmc-minimal --customers 200000 2>&1 | awk '/refs/ {gsub(",","",$4); print $4}')
  echo "callgrind instructions per event (200k customers, start-up subtracted): kernel $(( (full - base) / 400000 )), hand-written $(( (hand - base) / 400000 ))"
  # One definition of the measured runs: 10 and 20 days after a 30-day warm-up, no drain; the
  # difference cancels the start-up.
  residents=100000
  community=(community --residents "$residents" --warmup-days 30 --drain-days 0)
  c1=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" "${community[@]}" --days 10 2>&1 | awk '/refs/ {gsub(",","",$4); print $4}')
  c2=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" "${community[@]}" --days 20 2>&1 | awk '/refs/ {gsub(",","",$4); print $4}')
  e1=$("$bench" "${community[@]}" --days 10 | python3 -c "import json,sys; print(json.load(sys.stdin)['events'])")
  e2=$("$bench" "${community[@]}" --days 20 | python3 -c "import json,sys; print(json.load(sys.stdin)['events'])")
  echo "callgrind instructions per community event (100k residents, days 10→20 difference, start-up cancelled): $(( (c2 - c1) / (e2 - e1) ))"
  # The same work per resident and simulated day: unlike the count per event, it does not
  # rise when a change takes cheap events out (history part 11).
  echo "callgrind instructions per resident-day (the same runs): $(( (c2 - c1) / (10 * residents) ))"
fi

py=${SIMPY_PYTHON:-$HOME/.venvs/peers/bin/python}
[ -x "$py" ] || py=$(command -v python3 || true)
if [ -n "$py" ] && "$py" -c "import simpy" 2>/dev/null; then
  echo "--- SimPy and the kernel, same queue, same run (2,000,000 customers, seed 42)"
  "$py" Benchmarks/simpy/bench_simpy.py --customers 2000000 --seed 42 | grep -E "simpy|customers_per_s|mean_wait"
  "$bench" mmc --customers 2000000 --rounds 3 | python3 -c "import json,sys; d=json.loads(sys.stdin.read()); print(f\"twin-bench mmc: customers_per_s={d['customers_per_sec']:,.0f} (median of 3)\")"
else
  echo "--- SimPy comparison skipped: no Python with SimPy (python3 -m pip install simpy==4.1.2, or set SIMPY_PYTHON)"
fi
rm -rf "$out"
