#!/usr/bin/env bash
# Regenerate the expected output of every tests/lang/NAME.py with CPython 3.11.
#
#   regen.sh              write NAME.out (exact stdout) next to each NAME.py and, when the
#                         program exits non-zero, NAME.exit = two lines: the exit code and the
#                         last line of stderr (e.g. "ValueError: bad value"). A stale NAME.exit
#                         is removed when the program now exits 0.
#   regen.sh --check DIR  write the same files into DIR instead, then compare them with the
#                         checked-in ones; exit 1 and show the differences if anything differs.
#
# Environment: PYTHON (default python3) must be CPython 3.11. LANG_HASHSEED (default 0) is
# passed as PYTHONHASHSEED; setting another value is how determinism is checked.
# Works from any working directory: the programs always run with cwd = this directory.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-python3}"
per_program_timeout="${LANG_TIMEOUT:-30}"

usage() {
  echo "usage: $0 [--check DIR]" >&2
  exit 2
}

check_dir=""
case "$#" in
  0) ;;
  2) [ "$1" = "--check" ] || usage; check_dir="$2" ;;
  *) usage ;;
esac

if ! command -v "$python" >/dev/null 2>&1; then
  echo "regen.sh: '$python' not found; the expected files must come from CPython 3.11" >&2
  exit 2
fi
version="$("$python" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null || true)"
case "$version" in
  3.11.*) ;;
  *)
    echo "regen.sh: refusing to run: '$python' is Python ${version:-unknown}, but the expected" >&2
    echo "files must be produced by Python 3.11 (set PYTHON=/path/to/python3.11)." >&2
    exit 2
    ;;
esac

if [ -n "$check_dir" ]; then
  mkdir -p "$check_dir"
  out_dir="$(cd "$check_dir" && pwd)"
  # Start from an empty set of expected files so nothing stale is compared.
  rm -f "$out_dir"/*.out "$out_dir"/*.exit
else
  out_dir="$here"
fi

cd "$here"
shopt -s nullglob
programs=( [0-9]*.py )
if [ "${#programs[@]}" -eq 0 ]; then
  echo "regen.sh: no programs found in $here" >&2
  exit 2
fi

have_timeout=0
command -v timeout >/dev/null 2>&1 && have_timeout=1

err_file="$(mktemp)"
trap 'rm -f "$err_file"' EXIT

failures=0
for program in "${programs[@]}"; do
  name="${program%.py}"
  out="$out_dir/$name.out"
  exit_file="$out_dir/$name.exit"
  cmd=( "$python" "$program" )
  [ "$have_timeout" -eq 1 ] && cmd=( timeout "$per_program_timeout" "${cmd[@]}" )
  rc=0
  env -u PYTHONPATH -u PYTHONSTARTUP -u PYTHONOPTIMIZE -u PYTHONWARNINGS -u PYTHONDEVMODE \
      -u PYTHONUTF8 -u PYTHONSAFEPATH \
      PYTHONHASHSEED="${LANG_HASHSEED:-0}" PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
      "${cmd[@]}" </dev/null >"$out" 2>"$err_file" || rc=$?
  if [ "$have_timeout" -eq 1 ] && [ "$rc" -eq 124 ]; then
    echo "regen.sh: $program timed out after ${per_program_timeout}s" >&2
    failures=$((failures + 1))
  fi
  if [ "$rc" -ne 0 ]; then
    last_line="$(tail -n 1 "$err_file" | tr -d '\r')"
    printf '%s\n%s\n' "$rc" "$last_line" >"$exit_file"
  else
    rm -f "$exit_file"
  fi
done

if [ "$failures" -ne 0 ]; then
  echo "regen.sh: $failures program(s) timed out" >&2
  exit 1
fi

if [ -z "$check_dir" ]; then
  echo "regen.sh: wrote expected files for ${#programs[@]} programs with Python $version"
  exit 0
fi

# --check: compare the fresh files with the checked-in ones, in both directions.
status=0
for file in "$out_dir"/*.out "$out_dir"/*.exit; do
  base="$(basename "$file")"
  if [ ! -f "$here/$base" ]; then
    echo "MISSING in tests/lang: $base (python3 produces it; run tests/lang/regen.sh)"
    status=1
  elif ! cmp -s "$here/$base" "$file"; then
    echo "DIFFERS: $base (checked-in vs. $python $version)"
    diff -u --label "tests/lang/$base (checked in)" --label "$base (python3 now)" \
      "$here/$base" "$file" || true
    status=1
  fi
done
for file in "$here"/*.out "$here"/*.exit; do
  base="$(basename "$file")"
  if [ ! -f "$out_dir/$base" ]; then
    echo "STALE in tests/lang: $base (python3 does not produce it; run tests/lang/regen.sh)"
    status=1
  fi
done
if [ "$status" -eq 0 ]; then
  echo "regen.sh --check: all expected files for ${#programs[@]} programs match Python $version"
else
  echo "regen.sh --check: expected files differ from what Python $version prints" >&2
fi
exit "$status"
