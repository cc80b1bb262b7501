#!/usr/bin/env bash
# Browser check of the HTML pages community-twin writes: generates small outputs with the
# given executable (compare, run, compare --uncertain and sweep with their reports, the compare's report
# also in Chinese (--lang zh), and an explorer page per sweep (the grid's also in Chinese)
# design), then opens every page in headless Chromium (check.py: no console error,
# charts present and drawn, an explorer's slider changes what it shows) and saves
# screenshots. Then serves a short workshop game on 127.0.0.1 and plays two rounds of it
# (workshop.py: choices, rounds, charts, narration, language, debrief), and stops the server.
# Installs Debian's chromium with apt-get when it is missing, and a small CJK font
# (fonts-wqy-microhei, ~5 MB) when no font covers Chinese, for the Chinese report.
#
# Usage: Tests/browser/check.sh [EXECUTABLE] [OUT_DIR]
#   EXECUTABLE  community-twin to test. Default: .build/release/community-twin
#   OUT_DIR     where the screenshots (and the generated pages) go. Default: .build/browser-check
# COMMUNITY_TWIN_RECORD_DOCS=1 also copies the workshop's screenshots into Docs/examples/.
# Exit status: 0 when every page passes; non-zero with a message naming the page or step otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."

twin="$(realpath "${1:-.build/release/community-twin}")"
out="${2:-.build/browser-check}"
test -x "$twin" || { echo "browser check: $twin is not an executable (build it: swift build -c release)" >&2; exit 1; }

if ! command -v chromium >/dev/null; then
  echo "== installing Debian's chromium"
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "== installing a CJK font (Debian's fonts-wqy-microhei) for the Chinese report"
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends fonts-wqy-microhei >/dev/null
fi

# Only what an earlier check left is removed from OUT_DIR.
rm -rf "$out/data" "$out/self-test" "$out"/*.png "$out/chromium.log" "$out/chromium-workshop.log"
mkdir -p "$out/data"
data="$(realpath "$out/data")"

echo "== generating pages with $twin"
# Small outputs of the devolution preset: seconds in a release build.
short=(--replications 2 --days 10 --warmup-days 0 --quiet)
"$twin" compare Scenarios/baseline.json Scenarios/devolution.json "${short[@]}" --out "$data/compare" >/dev/null
"$twin" report "$data/compare" >/dev/null
# The same comparison reported in Chinese (report --lang zh).
"$twin" report "$data/compare" --lang zh --html "$data/compare/report-zh.html" \
  --markdown "$data/compare/report-zh.md" >/dev/null
"$twin" run Scenarios/devolution.json "${short[@]}" --out "$data/run" >/dev/null
"$twin" report "$data/run" >/dev/null
# A comparison across three plausible worlds (compare --uncertain) and its report.
printf 'capture.online_report_probability,departments.handoff_days.lognormal.mean\n0.1,15\n0.2,25\n0.15,20\n' \
  > "$data/worlds.csv"
"$twin" compare Scenarios/baseline.json Scenarios/devolution.json "${short[@]}" --uncertain "$data/worlds.csv" \
  --out "$data/uncertain" >/dev/null
"$twin" report "$data/uncertain" >/dev/null
# Sweeps, one per design: 2 parameters (one with a label, one without), 2 replications of 5 days.
parameters='[{"path": "workforce.roles[community_worker].per_1000", "label": "Caseworkers", "levels": [3, 4.5, 6], "range": [3, 6]},
  {"path": "interventions[devolution].threshold_cny", "levels": [0, 300000, 600000], "range": [0, 600000]}]'
for kind in grid one_at_a_time latin_hypercube; do
  case "$kind" in
    latin_hypercube) design='{"kind": "latin_hypercube", "points": 6, "seed": 3}' ;;
    *) design="{\"kind\": \"$kind\"}" ;;
  esac
  cat > "$data/$kind.json" <<JSON
{"name": "browser-$kind", "description": "Browser check: staffing against the devolution threshold ($kind design).",
 "base": "$PWD/Scenarios/devolution.json", "parameters": $parameters, "design": $design,
 "replications": 2, "run": {"days": 5, "warmup_days": 0}}
JSON
  "$twin" sweep "$data/$kind.json" --out "$data/$kind" --quiet >/dev/null
  "$twin" explore "$data/$kind" >/dev/null 2>&1
done
"$twin" report "$data/grid" >/dev/null
"$twin" explore "$data/grid" --lang zh --html "$data/grid/explorer-zh.html" >/dev/null 2>&1

# The pages to check, as KIND:FILE (report: errors and charts; explorer: also the slider).
pages=(
  "report:$data/compare/report.html"
  "report:$data/compare/report-zh.html"
  "report:$data/run/report.html"
  "report:$data/uncertain/report.html"
  "report:$data/grid/report.html"
  "explorer:$data/grid/explorer.html"
  "explorer:$data/grid/explorer-zh.html"
  "explorer:$data/one_at_a_time/explorer.html"
  "explorer:$data/latin_hypercube/explorer.html"
)

echo "== checking ${#pages[@]} pages in headless Chromium"
status=0
python3 Tests/browser/check.py --chromium "$(command -v chromium)" --out "$out" --timeout 240 "${pages[@]}" || status=1

echo "== workshop: a short game on a local server in headless Chromium (workshop.py)"
# The baseline after a 30-day warm-up; 2 teams, 3 rounds of 14 days, 2 replications for the debrief.
cat > "$data/workshop.json" <<JSON
{"base": "$PWD/Scenarios/baseline.json", "name": "browser-workshop", "run": {"warmup_days": 30}}
JSON
"$twin" workshop "$data/workshop.json" --port 0 --teams 2 --round-days 14 --rounds 3 --replications 2 \
  >"$data/workshop.out" 2>"$data/workshop.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
url=""
for _ in $(seq 300); do  # at most 30 s for the warm-up and the URLs
  url="$(sed -n 's|^ *Facilitator: *\(http://127\.0\.0\.1:[0-9]*/?key=[^ ]*\).*|\1|p' "$data/workshop.out")"
  if [ -n "$url" ] || ! kill -0 "$server" 2>/dev/null; then break; fi
  sleep 0.1
done
if [ -z "$url" ]; then
  if kill -0 "$server" 2>/dev/null; then why="printed no facilitator URL on 127.0.0.1 within 30 s"
  else why="exited before printing its URLs"; fi
  echo "FAIL workshop start: the server $why; its output:" >&2
  cat "$data/workshop.out" "$data/workshop.err" >&2
  exit 1
fi
docs=()
if [ "${COMMUNITY_TWIN_RECORD_DOCS:-}" = 1 ]; then docs=(--docs Docs/examples); fi
python3 Tests/browser/workshop.py --chromium "$(command -v chromium)" --out "$out" --timeout 60 "${docs[@]}" "$url" \
  || status=1
# SIGTERM stops the server, which says so.
kill "$server"
for _ in $(seq 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$server" 2>/dev/null; then
  echo "FAIL workshop stop: the server was still running 10 s after SIGTERM" >&2
  status=1
else
  wait "$server" || { echo "FAIL workshop stop: the server exited with status $? on SIGTERM" >&2; status=1; }
  trap - EXIT
  grep -q "Workshop stopped" "$data/workshop.err" \
    || { echo "FAIL workshop stop: the server did not say it stopped" >&2; status=1; }
fi
exit $status
