#!/usr/bin/env bash
# Run one diagnostic golden test.
#
#   run_diag.sh INTERLEAVE_BIN NAME.py            compare mode (what CTest runs)
#   run_diag.sh --update INTERLEAVE_BIN NAME.py   collect mode: rewrite the expected file
#
# The expected file decides the command:
#   NAME.expected       `interleave check NAME.py`  (front-end diagnostics)
#   NAME.run.expected   `interleave run NAME.py`    (runtime errors)
# Both run with this directory as the working directory, so messages name just NAME.py. The
# expected exit code is 1, or the number in NAME.exitcode when that file exists. Only stderr is
# compared; on a mismatch the difference is printed as a unified diff.
set -uo pipefail

update=0
if [ "${1:-}" = "--update" ]; then
  update=1
  shift
fi
if [ "$#" -ne 2 ]; then
  echo "usage: $0 [--update] INTERLEAVE_BIN NAME.py" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$1"
case "$bin" in
  /*) ;;
  *) bin="$(pwd)/$bin" ;;
esac
name="$(basename "$2" .py)"
cd "$here"

if [ -f "$name.run.expected" ]; then
  command=run
  expected_file="$name.run.expected"
elif [ -f "$name.expected" ] || [ "$update" -eq 1 ]; then
  command=check
  expected_file="$name.expected"
else
  echo "run_diag.sh: neither $name.expected nor $name.run.expected exists" >&2
  exit 2
fi

expected_code=1
if [ -f "$name.exitcode" ]; then
  expected_code="$(tr -d '[:space:]' < "$name.exitcode")"
fi

actual="$(mktemp)"
trap 'rm -f "$actual"' EXIT
code=0
timeout 10 "$bin" "$command" "$name.py" >/dev/null 2>"$actual" || code=$?

if [ "$update" -eq 1 ]; then
  cp "$actual" "$expected_file"
  echo "wrote $expected_file (exit code $code)"
  exit 0
fi

status=0
if [ "$code" -ne "$expected_code" ]; then
  echo "FAIL $name: interleave $command exited with $code, expected $expected_code"
  status=1
fi
if ! cmp -s "$expected_file" "$actual"; then
  echo "FAIL $name: stderr differs from $expected_file"
  diff -u --label "$expected_file (expected)" --label "interleave $command $name.py (actual)" \
    "$expected_file" "$actual"
  status=1
fi
exit "$status"
