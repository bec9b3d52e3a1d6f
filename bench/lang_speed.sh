#!/usr/bin/env bash
# Speed of the Interleave engine against CPython on the CPU-bound scripts in bench/scripts.
#
#   bench/lang_speed.sh [INTERLEAVE_BINARY]     (default: build/release/interleave in the repo)
#
# For every bench/scripts/*.py: runs python3 and `INTERLEAVE_BINARY run SCRIPT` RUNS times each
# (default 3), keeps the best wall time, checks both printed the same output, and prints a table:
# script, python3 s, engine s, engine/python3 ratio, and speed vs CPython (python3 / engine, %).
# Exits 1 when the binary is missing, a run fails, or the outputs differ.
# Environment: PYTHON (default python3), RUNS (default 3), BENCH_TIMEOUT (seconds per run, 300).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
python="${PYTHON:-python3}"
runs="${RUNS:-3}"
limit="${BENCH_TIMEOUT:-300}"

if [ "$#" -gt 1 ]; then
  echo "usage: $0 [INTERLEAVE_BINARY]" >&2
  exit 2
fi
if [ "$#" -eq 1 ]; then
  binary="$1"
  case "$binary" in /*) ;; *) binary="$(pwd)/$binary" ;; esac
else
  binary="$root/build/release/interleave"
fi

if [ ! -x "$binary" ]; then
  echo "lang_speed.sh: engine binary '$binary' is missing or not executable (build it with 'make build')" >&2
  exit 1
fi
if ! command -v "$python" >/dev/null 2>&1; then
  echo "lang_speed.sh: '$python' not found" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

with_timeout=()
command -v timeout >/dev/null 2>&1 && with_timeout=( timeout "$limit" )

now() { date +%s.%N; }

# best_time OUT_FILE CMD... : runs CMD $runs times, prints the best wall time in seconds.
# Stdout of the last run goes to OUT_FILE. Returns non-zero if any run failed.
best_time() {
  local out="$1"; shift
  local best="" start end t i
  for ((i = 0; i < runs; i++)); do
    start="$(now)"
    "${with_timeout[@]}" "$@" </dev/null >"$out" 2>"$out.err"
    local rc=$?
    if [ "$rc" -ne 0 ]; then
      echo "$rc" >"$out.rc"
      return 1
    fi
    end="$(now)"
    t="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')"
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then
      best="$t"
    fi
  done
  echo "$best"
}

echo "python3: $("$python" --version 2>&1)    engine: $binary    best of $runs runs"
printf '%-16s %10s %10s %10s %16s  %s\n' "script" "python3 s" "engine s" "ratio" "speed vs CPython" "status"

status=0
shopt -s nullglob
for script in "$here"/scripts/*.py; do
  name="$(basename "$script" .py)"
  status_text="ok"
  py_t="$(cd "$here/scripts" && best_time "$work/$name.py.out" "$python" "$script")" || {
    status_text="python3 failed (exit $(cat "$work/$name.py.out.rc" 2>/dev/null)): $(tail -n 1 "$work/$name.py.out.err" 2>/dev/null)"
    py_t=""
  }
  en_t="$(cd "$here/scripts" && best_time "$work/$name.engine.out" "$binary" run "$script")" || {
    status_text="engine failed (exit $(cat "$work/$name.engine.out.rc" 2>/dev/null)): $(tail -n 1 "$work/$name.engine.out.err" 2>/dev/null)"
    en_t=""
  }
  if [ -n "$py_t" ] && [ -n "$en_t" ] && ! cmp -s "$work/$name.py.out" "$work/$name.engine.out"; then
    status_text="OUTPUT DIFFERS"
  fi
  if [ "$status_text" != "ok" ]; then
    status=1
  fi
  if [ -n "$py_t" ] && [ -n "$en_t" ]; then
    ratio="$(awk -v e="$en_t" -v p="$py_t" 'BEGIN { if (p > 0) printf "%.2fx", e / p; else print "-" }')"
    speed="$(awk -v e="$en_t" -v p="$py_t" 'BEGIN { if (e > 0) printf "%.1f%%", 100 * p / e; else print "-" }')"
  else
    ratio="-"
    speed="-"
  fi
  printf '%-16s %10s %10s %10s %16s  %s\n' "$name" "${py_t:--}" "${en_t:--}" "$ratio" "$speed" "$status_text"
  if [ "$status_text" = "OUTPUT DIFFERS" ]; then
    diff -u --label "$name: python3" --label "$name: engine" \
      "$work/$name.py.out" "$work/$name.engine.out" | head -n 20
  fi
done
exit "$status"
