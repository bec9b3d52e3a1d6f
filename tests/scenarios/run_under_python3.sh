#!/usr/bin/env bash
# Run every bundled scenario under plain CPython (with the shim scenarios/interleave.py) and fail
# if any of them exits non-zero.
#
#   run_under_python3.sh [SCENARIO_DIR]      (default: the repository's scenarios/)
#
# - A scenario with `# needs: MODULE` is skipped, saying so, when python3 cannot import MODULE.
# - A scenario with `# expect: deadlock` runs with a short timeout (DEADLOCK_TIMEOUT, default 3 s):
#   hanging (killed by the timeout) and finishing with exit code 0 both pass, since CPython may
#   or may not hit the deadlocking schedule; any other exit code fails.
# - Every other scenario must exit 0 within SCENARIO_TIMEOUT seconds (default 60).
# Environment: PYTHON (default python3).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
folder="${1:-$here/../../scenarios}"
folder="$(cd "$folder" && pwd)" || exit 2
python="${PYTHON:-python3}"
scenario_timeout="${SCENARIO_TIMEOUT:-60}"
deadlock_timeout="${DEADLOCK_TIMEOUT:-3}"

if ! command -v "$python" >/dev/null 2>&1; then
  echo "run_under_python3.sh: '$python' not found" >&2
  exit 2
fi
if ! command -v timeout >/dev/null 2>&1; then
  echo "run_under_python3.sh: needs the 'timeout' command (coreutils)" >&2
  exit 2
fi
echo "run_under_python3.sh: $("$python" --version 2>&1) on the scenarios in $folder"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
skipped=0
failures=()
shopt -s nullglob
for path in "$folder"/*.py; do
  name="$(basename "$path")"
  [ "$name" = "interleave.py" ] && continue

  missing=""
  for module in $(sed -n 's/^# needs:[[:space:]]*\([A-Za-z_][A-Za-z0-9_.]*\)[[:space:]]*$/\1/p' "$path"); do
    if ! "$python" -c "import $module" >/dev/null 2>&1; then
      missing="$missing $module"
    fi
  done
  if [ -n "$missing" ]; then
    echo "SKIP $name: python3 has no module${missing}"
    skipped=$((skipped + 1))
    continue
  fi

  limit="$scenario_timeout"
  expect_deadlock=0
  if grep -q '^# expect: deadlock[[:space:]]*$' "$path"; then
    expect_deadlock=1
    limit="$deadlock_timeout"
  fi

  start=$(date +%s.%N)
  # The scenario's own folder is sys.path[0], so `from interleave import ...` finds the shim.
  env PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 \
    timeout -k 2 "$limit" "$python" "$path" </dev/null >"$work/out" 2>"$work/err"
  rc=$?
  took=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')

  if [ "$expect_deadlock" -eq 1 ] && { [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; }; then
    echo "ok   $name: hung for ${limit}s as a deadlock may (expected)"
    passed=$((passed + 1))
  elif [ "$rc" -eq 0 ]; then
    if [ "$expect_deadlock" -eq 1 ]; then
      echo "ok   $name (${took}s; finished: CPython did not hit the deadlocking schedule)"
    else
      echo "ok   $name (${took}s)"
    fi
    passed=$((passed + 1))
  else
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
      echo "FAIL $name: timed out after ${limit}s"
    else
      echo "FAIL $name: exit code $rc"
    fi
    echo "--- stdout (last 20 lines) ---"
    tail -n 20 "$work/out"
    echo "--- stderr (last 20 lines) ---"
    tail -n 20 "$work/err"
    failed=$((failed + 1))
    failures+=("$name")
  fi
done

if [ $((passed + failed + skipped)) -eq 0 ]; then
  echo "run_under_python3.sh: no scenarios found in $folder" >&2
  exit 2
fi
[ "$failed" -ne 0 ] && echo "failed: ${failures[*]}"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
