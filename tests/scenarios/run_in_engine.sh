#!/usr/bin/env bash
# Run every bundled scenario in the engine (`interleave run`, the sim executor, default settings)
# and fail if one does not end the way its lesson says.
#
#   run_in_engine.sh INTERLEAVE_BINARY [SCENARIO_DIR]
#
# - A scenario with `# expect: deadlock` must end with exit code 3 (deadlock) or 0 (this
#   schedule got through: dining philosophers may eat without deadlocking).
# - Every other scenario must exit 0.
# - Scenarios importing modules the engine does not run yet (listed in NOT_YET, space-separated)
#   are skipped, saying so. Every module the scenarios import runs in the engine now.
set -uo pipefail

NOT_YET=""
[ "$#" -ge 1 ] || { echo "usage: $0 INTERLEAVE_BINARY [SCENARIO_DIR]" >&2; exit 2; }
binary="$1"
case "$binary" in /*) ;; *) binary="$(pwd)/$binary" ;; esac
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
folder="$(cd "${2:-$here/../../scenarios}" && pwd)" || exit 2
timeout_s="${SCENARIO_TIMEOUT:-60}"

passed=0; failed=0; skipped=0
shopt -s nullglob
for path in "$folder"/*.py; do
  name="$(basename "$path")"
  [ "$name" = "interleave.py" ] && continue
  missing=""
  for module in $NOT_YET; do
    if grep -Eq "^(import|from) $module\b" "$path"; then missing="$module"; fi
  done
  if [ -n "$missing" ]; then
    echo "skip $name (imports $missing, not in the engine yet)"
    skipped=$((skipped + 1))
    continue
  fi
  (cd "$folder" && timeout "$timeout_s" "$binary" run "$name" >/dev/null 2>"/tmp/il_engine_$$.err")
  code=$?
  if grep -q "^# expect: deadlock" "$path"; then
    ok=$([ "$code" -eq 3 ] || [ "$code" -eq 0 ] && echo yes || echo no)
  else
    ok=$([ "$code" -eq 0 ] && echo yes || echo no)
  fi
  if [ "$ok" = yes ]; then
    echo "ok   $name (exit $code)"
    passed=$((passed + 1))
  else
    echo "FAIL $name (exit $code):"
    tail -n 5 "/tmp/il_engine_$$.err" | sed 's/^/     /'
    failed=$((failed + 1))
  fi
done
rm -f "/tmp/il_engine_$$.err"
echo "run_in_engine.sh: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
