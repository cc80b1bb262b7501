#!/usr/bin/env bash
# Analysis check: the pandas code of Docs/analysis.md, extracted from the document (the block
# after its "Tests/analysis/check.sh runs the next block" marker, so the document cannot drift),
# run on small real outputs: a compare of the baseline and devolution presets, and a two-shard
# sweep merged. Installs Debian's python3-pandas with apt-get when pandas is missing.
#
# Usage: Tests/analysis/check.sh [EXECUTABLE] [OUT_DIR]
#   EXECUTABLE  community-twin to test. Default: .build/release/community-twin
#   OUT_DIR     where the outputs and comparison_summary.csv go. Default: .build/analysis-check
# Exit status: 0 when the block runs and writes its summary; non-zero with a message otherwise.
# Seconds in a release build.
set -euo pipefail
cd "$(dirname "$0")/../.."

twin="$(realpath "${1:-.build/release/community-twin}")"
out="${2:-.build/analysis-check}"
test -x "$twin" || { echo "analysis check: $twin is not an executable (build it: swift build -c release)" >&2; exit 1; }

# Debian's interpreter, which python3-pandas installs into (a python3 earlier on PATH, such as
# pyenv's, would not see it).
python=python3
if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; fi
if ! "$python" -c "import pandas" 2>/dev/null; then
  echo "== installing Debian's python3-pandas"
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-pandas >/dev/null
fi

# Only what an earlier check left is removed from OUT_DIR.
rm -rf "$out/results" "$out/sweep.json" "$out/analysis.py" "$out/comparison_summary.csv"
mkdir -p "$out"
out="$(realpath "$out")"

echo "== generating outputs with $twin"
short=(--replications 2 --days 10 --warmup-days 0 --drain-days 5 --quiet)
"$twin" compare Scenarios/baseline.json Scenarios/devolution.json "${short[@]}" --out "$out/results/compare" \
  >/dev/null 2>&1
cat > "$out/sweep.json" <<JSON
{"name": "staffing-devolution", "base": "$PWD/Scenarios/devolution.json",
 "parameters": [{"path": "workforce.roles[community_worker].per_1000", "levels": [3, 5]},
                {"path": "interventions[devolution].threshold_cny", "levels": [0, 600000]}],
 "design": {"kind": "grid"}, "replications": 2, "run": {"days": 5, "warmup_days": 0, "drain_days": 3},
 "metrics": ["response.all.mean_days", "satisfaction.index"]}
JSON
for shard in 0 1; do
  "$twin" sweep "$out/sweep.json" --shard $shard/2 --out "$out/results/staffing-devolution/shard-$shard" --quiet \
    >/dev/null
done
"$twin" merge "$out"/results/staffing-devolution/shard-* --out "$out/results/staffing-devolution/merged" \
  >/dev/null 2>&1

echo "== running the pandas block of Docs/analysis.md"
awk '/Tests\/analysis\/check.sh runs the next block/ { marked = 1; next }
     marked && /^```python$/ { inside = 1; next }
     inside && /^```$/ { exit }
     inside { print }' Docs/analysis.md > "$out/analysis.py"
test -s "$out/analysis.py" || { echo "analysis check: no marked python block in Docs/analysis.md" >&2; exit 1; }
(cd "$out" && "$python" analysis.py)

"$python" - "$out/comparison_summary.csv" <<'PY'
import sys
import pandas as pd
summary = pd.read_csv(sys.argv[1])
assert list(summary.scenario) == ["devolution"], summary
assert summary["count"].tolist() == [2], summary
assert summary.diff_ci95_low.le(summary.diff_mean).all() and summary.diff_mean.le(summary.diff_ci95_high).all()
print("comparison_summary.csv:", len(summary), "row(s), as expected")
PY
echo "== analysis check passed"
