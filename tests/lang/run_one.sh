#!/usr/bin/env bash
# Differential check of one program against what CPython 3.11 printed.
#
#   run_one.sh INTERLEAVE_BINARY NAME.py
#
# Runs `INTERLEAVE_BINARY run NAME.py` with cwd = tests/lang and checks:
#   - stdout is byte-for-byte equal to NAME.out;
#   - the exit code equals the first line of NAME.exit (0 when there is no NAME.exit);
#   - when NAME.exit exists, the last non-empty line of stderr equals its second line.
# Exits 0 when everything matches, 1 on a mismatch (with a diff or an explanation),
# 2 on a usage error. RUN_ONE_TIMEOUT (seconds, default 18) bounds the run. RUN_ARGS (e.g.
# "--executor native") are added to the run command.
set -uo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 INTERLEAVE_BINARY NAME.py" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="$1"
program="$(basename "$2")"
name="${program%.py}"

case "$binary" in
  /*) ;;
  *) binary="$(pwd)/$binary" ;;
esac
if [ ! -x "$binary" ]; then
  echo "run_one.sh: engine binary '$binary' does not exist or is not executable" >&2
  exit 2
fi
cd "$here" || exit 2
if [ ! -f "$program" ]; then
  echo "run_one.sh: no program '$program' in $here" >&2
  exit 2
fi
if [ ! -f "$name.out" ]; then
  echo "run_one.sh: no expected output '$name.out'; run tests/lang/regen.sh" >&2
  exit 2
fi

expected_rc=0
expected_last=""
if [ -f "$name.exit" ]; then
  expected_rc="$(sed -n 1p "$name.exit")"
  expected_last="$(sed -n 2p "$name.exit")"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmd=( "$binary" run "$program" ${RUN_ARGS:-} )
if command -v timeout >/dev/null 2>&1; then
  cmd=( timeout -k 2 "${RUN_ONE_TIMEOUT:-18}" "${cmd[@]}" )
fi
"${cmd[@]}" </dev/null >"$work/stdout" 2>"$work/stderr"
rc=$?

failed=0
report() {
  echo "FAIL lang.$name: $*"
  failed=1
}

if [ "$rc" -eq 124 ] && [ "$expected_rc" != 124 ] && command -v timeout >/dev/null 2>&1; then
  report "timed out after ${RUN_ONE_TIMEOUT:-18}s"
fi

if ! cmp -s "$name.out" "$work/stdout"; then
  report "stdout differs from CPython's ($name.out)"
  diff -u --label "$name.out (CPython 3.11)" --label "$name: interleave stdout" \
    "$name.out" "$work/stdout" | head -n 200
fi

if [ "$rc" != "$expected_rc" ]; then
  report "exit code is $rc, CPython exits with $expected_rc"
fi

if [ -f "$name.exit" ]; then
  actual_last="$(grep -v '^[[:space:]]*$' "$work/stderr" | tail -n 1 | tr -d '\r')"
  if [ "$actual_last" != "$expected_last" ]; then
    report "last line of stderr differs"
    echo "  expected: $expected_last"
    echo "  actual:   $actual_last"
  fi
fi

if [ "$failed" -ne 0 ]; then
  if [ -s "$work/stderr" ]; then
    echo "--- stderr of interleave (last 30 lines) ---"
    tail -n 30 "$work/stderr"
  fi
  exit 1
fi
echo "ok lang.$name"
exit 0
