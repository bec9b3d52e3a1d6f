#!/usr/bin/env bash
# output_streams.sh INTERLEAVE DIR: see CMakeLists.txt.
set -u
IL=$1
DIR=$2
fail=0

# Each line stamped as it arrives through the pipe: a run that held its output back until the
# end delivers both lines at once.
stamps=$("$IL" run --executor native "$DIR/late_line.py" | while IFS= read -r line; do
    echo "$(date +%s%N) $line"
done)
first=$(echo "$stamps" | awk '$2 == "first" {print $1}')
second=$(echo "$stamps" | awk '$2 == "second" {print $1}')
if [ -z "$first" ] || [ -z "$second" ]; then
    echo "FAIL: late_line: expected two lines, got:"; echo "$stamps"; fail=1
elif [ $(((second - first) / 1000000)) -lt 1000 ]; then
    echo "FAIL: late_line: the first line came $(((second - first) / 1000000)) ms before the second (expected ~2000)"
    fail=1
else
    echo "ok: late_line ($(((second - first) / 1000000)) ms apart)"
fi

# What python3 prints (orphan_output.out): the grandchild's first tick reaches the run through
# its parent, the later ones from the orphan itself.
got=$("$IL" run --executor native "$DIR/orphan_output.py")
if [ "$got" != "$(cat "$DIR/orphan_output.out")" ]; then
    echo "FAIL: orphan_output: got"; echo "$got"; fail=1
else
    echo "ok: orphan_output"
fi
exit $fail
