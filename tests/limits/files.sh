#!/usr/bin/env bash
# files.sh INTERLEAVE: `run` and `check` refuse what is not a script with exit code 1 and a
# message that says why (with line and column where there is one), and never hang: a missing
# file, a folder, a device, binary bytes, invalid UTF-8, a file over the 64 MB limit. A 10 MB
# script is compiled and run (timed by the caller's TIMEOUT, not here).
set -u
IL=$1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail=0
expect() {  # expect NAME PATTERN FILE: run and check both exit 1 with PATTERN on stderr
    local name=$1 pattern=$2 file=$3 cmd
    for cmd in run check; do
        timeout 20 "$IL" "$cmd" "$file" >/dev/null 2>"$WORK/err"
        local got=$?
        if [ "$got" -ne 1 ] || ! grep -qF -- "$pattern" "$WORK/err"; then
            echo "FAIL: $cmd $name: exit $got, stderr:"; head -3 "$WORK/err"; fail=1
        else
            echo "ok: $cmd $name"
        fi
    done
}
mkdir "$WORK/folder.py"
printf 'print(1)\n\x7fELF\x00\x01' >"$WORK/binary.py"
printf 'print(1)\nname = "caf\xe9"\n' >"$WORK/latin1.py"
printf 'x = 1\n' >"$WORK/huge.py" && truncate -s 65M "$WORK/huge.py"
expect "missing" "interleave: cannot open '$WORK/nope.py': No such file or directory" "$WORK/nope.py"
expect "folder" "interleave: '$WORK/folder.py' is a directory" "$WORK/folder.py"
expect "device" "interleave: '/dev/zero' is not a regular file" /dev/zero
expect "binary" "is not a text file (it contains NUL bytes, the first at line 2, column 5)" "$WORK/binary.py"
expect "invalid UTF-8" "is not valid UTF-8 (line 2, column 12)" "$WORK/latin1.py"
expect "over 64 MB" "is 65 MB: too large for a script (the limit is 64 MB)" "$WORK/huge.py"

# 10 MB of ordinary statements: runs, prints, ends well inside the test's timeout.
python3 -c "
import sys
out, size, i = [], 0, 0
while size < 10 * 1024 * 1024:
    line = f'x{i % 1000} = {i} + {i} * 2  # padding to make the line longer\n'
    out.append(line); size += len(line); i += 1
out.append('print(x7)\n')
open(sys.argv[1], 'w').write(''.join(out))" "$WORK/ten_mb.py"
start=$(date +%s.%N)
out=$(timeout 60 "$IL" run "$WORK/ten_mb.py" 2>&1)
code=$?
secs=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
if [ "$code" -ne 0 ] || [ -z "$out" ]; then echo "FAIL: a 10 MB script (exit $code): $out"; fail=1
else echo "ok: a 10 MB script runs ($secs s)"; fi
exit $fail
