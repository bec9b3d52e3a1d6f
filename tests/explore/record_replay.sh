#!/usr/bin/env bash
# record_replay.sh INTERLEAVE SOURCE_DIR: see CMakeLists.txt.
set -u
IL=$1
SRC=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail=0
check() {  # check NAME CONDITION-EXIT-CODE
    if [ "$2" -ne 0 ]; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi
}

for script in "$SRC/tests/explore/lost_update.py" "$SRC/scenarios/deadlock_two_locks.py"; do
    name=$(basename "$script" .py)
    for seed in 1 2 3; do
        cp "$script" "$WORK/$name.py"
        "$IL" run "$WORK/$name.py" --policy random --gil off --seed $seed --record "$WORK/s.json" \
            --trace "$WORK/a.trace.json" >"$WORK/a.out" 2>"$WORK/a.err"
        code_a=$?
        "$IL" replay "$WORK/$name.py" "$WORK/s.json" --trace "$WORK/b.trace.json" >"$WORK/b.out" 2>"$WORK/b.err"
        code_b=$?
        check "$name seed $seed: same exit code ($code_a, $code_b)" $([ "$code_a" = "$code_b" ]; echo $?)
        cmp -s "$WORK/a.out" "$WORK/b.out"; check "$name seed $seed: same stdout" $?
        cmp -s "$WORK/a.err" "$WORK/b.err"; check "$name seed $seed: same stderr" $?
        cmp -s "$WORK/a.trace.json" "$WORK/b.trace.json"; check "$name seed $seed: byte-identical trace" $?
    done
    # One character more (a trailing space in a comment line) and the schedule is refused.
    printf '#\n' >>"$WORK/$name.py"
    "$IL" replay "$WORK/$name.py" "$WORK/s.json" >"$WORK/c.out" 2>"$WORK/c.err"
    code_c=$?
    check "$name: a changed script exits 2 (got $code_c)" $([ "$code_c" = 2 ]; echo $?)
    grep -q "recorded for a different version of .*re-record it" "$WORK/c.err"
    check "$name: the refusal says why" $?
done

# explore --out writes a schedule that replay reproduces (the assert fails again: exit 1).
"$IL" explore "$SRC/tests/explore/lost_update.py" --strategy pct --runs 1000 --out "$WORK/found.json" >"$WORK/e.out" 2>&1
code_e=$?
check "explore finds the lost update (exit $code_e)" $([ "$code_e" = 3 ]; echo $?)
"$IL" replay "$SRC/tests/explore/lost_update.py" "$WORK/found.json" >"$WORK/r.out" 2>"$WORK/r.err"
code_r=$?
check "its schedule replays to the failed assert (exit $code_r)" $([ "$code_r" = 1 ]; echo $?)
grep -q "AssertionError" "$WORK/r.err"; check "the replay shows the AssertionError" $?
grep -q "diverged" "$WORK/r.err"; check "the replay does not diverge" $([ $? -ne 0 ]; echo $?)
"$IL" replay "$SRC/tests/explore/lost_update.py" "$WORK/found.json" --trace "$WORK/r1.trace.json" >/dev/null 2>&1
"$IL" replay "$SRC/tests/explore/lost_update.py" "$WORK/found.json" --trace "$WORK/r2.trace.json" >/dev/null 2>&1
[ -s "$WORK/r1.trace.json" ] && cmp -s "$WORK/r1.trace.json" "$WORK/r2.trace.json"
check "the failing schedule replays to a byte-identical trace" $?
if [ $fail -ne 0 ]; then cat "$WORK/e.out"; fi
exit $fail
