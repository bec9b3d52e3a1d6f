#!/usr/bin/env bash
# limit_flags.sh INTERLEAVE: see CMakeLists.txt.
set -u
IL=$1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail=0
# expect NAME CODE PATTERN -- ARGS...: `interleave ARGS` exits CODE and its stderr has PATTERN.
expect() {
    local name=$1 code=$2 pattern=$3
    shift 4
    "$IL" "$@" >"$WORK/out" 2>"$WORK/err"
    local got=$?
    if [ "$got" -ne "$code" ] || { [ -n "$pattern" ] && ! grep -qF -- "$pattern" "$WORK/err"; }; then
        echo "FAIL: $name: exit $got (expected $code), stderr:"; head -5 "$WORK/err"; fail=1
    else
        echo "ok: $name"
    fi
}

printf 'n = 0\nwhile True:\n    print("line", n)\n    n += 1\n' >"$WORK/flood.py"
printf 'n = 0\nwhile True:\n    n += 1\n' >"$WORK/spin.py"
printf 'import time\nwhile True:\n    time.sleep(0.01)\n' >"$WORK/sleeper.py"
printf 'import threading, time\nwhile True:\n    threading.Thread(target=time.sleep, args=(1,)).start()\n' >"$WORK/spawner.py"
printf 'keep = []\nwhile True:\n    keep.append([0] * 10000)\n' >"$WORK/hog.py"
printf 'def f(n):\n    return f(n + 1)\nf(0)\n' >"$WORK/deep.py"

expect "--max-instructions" 4 "instruction limit reached: the script ran 100000 instructions (raise it with --max-instructions N)" \
    -- run "$WORK/spin.py" --max-instructions 100000
expect "--max-heap-mb" 4 "the limit of 16 MB (raise it with --max-heap-mb N)" -- run "$WORK/hog.py" --max-heap-mb 16
expect "--max-tasks" 4 "(the limit is 3; raise it with --max-tasks)" -- run "$WORK/spawner.py" --max-tasks 3
expect "--until" 4 "virtual time limit reached: stopped at --until 0.25 s" -- run "$WORK/sleeper.py" --until 0.25
expect "--max-recursion" 1 "recursion limit reached: 50 Python frames per thread (raise it with --max-recursion N" \
    -- run "$WORK/deep.py" --max-recursion 50
expect "--max-trace-events" 4 "trace limit reached: the run recorded 3000 events (raise it with --max-trace-events N" \
    -- run "$WORK/sleeper.py" --max-trace-events 3000
expect "--max-output-mb" 4 "output limit reached: the script printed more than 1 MB" -- run "$WORK/flood.py" --max-output-mb 1
size=$(wc -c <"$WORK/out")
if [ "$size" -gt 1048576 ] || [ "$size" -lt 1000000 ]; then echo "FAIL: output kept up to the limit ($size bytes)"; fail=1
else echo "ok: output kept up to the limit ($size bytes)"; fi

# The command line beats the script's own line.
{ printf '# interleave: max-output-mb=1\n'; cat "$WORK/flood.py"; } >"$WORK/declared.py"
expect "declared limit" 4 "printed more than 1 MB" -- run "$WORK/declared.py"
expect "option over declared" 4 "printed more than 2 MB" -- run "$WORK/declared.py" --max-output-mb 2

# explore takes the same options; a recorded limit is replayed as a limit.
expect "explore --max-instructions" 3 "" -- explore "$WORK/spin.py" --runs 2 --max-instructions 50000
grep -q "verdict: limit: instruction limit reached: the script ran 5[0-9]* instructions" "$WORK/out" && echo "ok: explore reports the limit" ||
    { echo "FAIL: explore's verdict"; cat "$WORK/out"; fail=1; }
expect "record" 4 "printed more than 1 MB" -- run "$WORK/flood.py" --max-output-mb 1 --record "$WORK/s.json"
cp "$WORK/err" "$WORK/recorded.err"
expect "replay" 4 "printed more than 1 MB" -- replay "$WORK/flood.py" "$WORK/s.json"
cmp -s "$WORK/err" "$WORK/recorded.err" && echo "ok: replay's message is the recorded run's" ||
    { echo "FAIL: replay's stderr differs"; fail=1; }
exit $fail
