#!/usr/bin/env bash
# Schema check: the shipped JSON Schemas (Scenarios/scenario.schema.json, sweep.schema.json)
# are what the given executable prints (community-twin schema), are valid draft 2020-12
# schemas, accept every shipped scenario and sweep file, the good corpus and init's starter
# scenario, and reject every file of the bad corpus (Tests/schema/bad-*), which the reader
# rejects too (validate, or sweep for sweep files: exit 65). The validator is Debian's python3-jsonschema, installed
# with apt-get when missing. Seconds.
#
# Usage: Tests/schema/check.sh [EXECUTABLE]
#   EXECUTABLE  community-twin to test. Default: .build/release/community-twin
# Exit status: 0 when schema and reader agree on every file; non-zero naming the file otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."

twin="$(realpath "${1:-.build/release/community-twin}")"
test -x "$twin" || { echo "schema check: $twin is not an executable (build it: swift build -c release)" >&2; exit 1; }

if ! python3 -c 'import jsonschema' 2>/dev/null; then
  echo "== installing Debian's python3-jsonschema"
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-jsonschema >/dev/null
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$twin" schema > "$out/scenario.schema.json"
"$twin" schema sweep --out "$out/sweep.schema.json" 2>/dev/null
for kind in scenario sweep; do
  cmp -s "$out/$kind.schema.json" "Scenarios/$kind.schema.json" || {
    echo "schema check: Scenarios/$kind.schema.json is not what '$twin schema $kind' prints;" \
      "regenerate it: COMMUNITY_TWIN_RECORD_DOCS=1 swift test --filter FileSchemaTests" >&2
    exit 1
  }
done

# A starter scenario from init, valid for the reader (and below for the schema).
"$twin" init starter --base Scenarios/baseline.json --out "$out/starter.json" 2>/dev/null
"$twin" validate "$out/starter.json" >/dev/null

# The reader's side of the bad corpus: each file is a data error (65).
for file in Tests/schema/bad-scenarios/*.json; do
  status=0
  "$twin" validate "$file" >/dev/null 2>&1 || status=$?
  [ "$status" = 65 ] || { echo "schema check: validate $file exited $status, not 65" >&2; exit 1; }
done
for file in Tests/schema/bad-sweeps/*.json; do
  status=0
  "$twin" sweep "$file" --out "$out/sweep" --quiet >/dev/null 2>&1 || status=$?
  [ "$status" = 65 ] || { echo "schema check: sweep $file exited $status, not 65" >&2; exit 1; }
done

# The schema's side: every file accepted or rejected as the reader does.
python3 - Scenarios/scenario.schema.json Scenarios/sweep.schema.json "$out/starter.json" <<'PY'
import glob, json, sys
import jsonschema
from importlib.metadata import version

print(f"== python3-jsonschema {version('jsonschema')}, Draft202012Validator")
validators = {}
for kind, path in zip(["scenario", "sweep"], sys.argv[1:3]):
    schema = json.load(open(path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validators[kind] = jsonschema.Draft202012Validator(schema)

def shipped(pattern):
    return [f for f in sorted(glob.glob(pattern)) if not f.endswith(".schema.json")]

cases = (
    [("scenario", f, True) for f in shipped("Scenarios/*.json") + shipped("Scenarios/validation/*.json")]
    + [("scenario", f, True) for f in shipped("Tests/schema/good-scenarios/*.json") + [sys.argv[3]]]
    + [("sweep", f, True) for f in shipped("Scenarios/sweeps/*.json")]
    + [("scenario", f, False) for f in shipped("Tests/schema/bad-scenarios/*.json")]
    + [("sweep", f, False) for f in shipped("Tests/schema/bad-sweeps/*.json")]
)
failures = 0
for kind, path, valid in cases:
    errors = list(validators[kind].iter_errors(json.load(open(path, encoding="utf-8"))))
    if valid and errors:
        failures += 1
        print(f"schema check: {path} is valid for the reader but not for the schema:", file=sys.stderr)
        for error in errors[:5]:
            print(f"  {'/'.join(map(str, error.absolute_path))}: {error.message[:300]}", file=sys.stderr)
    elif not valid and not errors:
        failures += 1
        print(f"schema check: {path} is rejected by the reader but the schema accepts it", file=sys.stderr)
good = sum(1 for _, _, v in cases if v)
print(f"== {good} valid files accepted, {len(cases) - good} bad files rejected by both schema and reader")
sys.exit(1 if failures else 0)
PY
