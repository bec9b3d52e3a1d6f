#!/usr/bin/env bash
# Runs each libFuzzer target of BUILD_DIR for SECONDS with its checked-in seed corpus
# (tests/fuzz/corpus/<target>, read only). New corpus entries go to BUILD_DIR/fuzz-scratch/<target>,
# crashes to BUILD_DIR/fuzz-artifacts/<target>/, logs to BUILD_DIR/fuzz-logs/<target>.log.
# Exits non-zero if any target crashed, leaked, hung (one input over 10 s) or ran out of memory.
# Usage: scripts/fuzz.sh BUILD_DIR SECONDS TARGET...
set -uo pipefail
cd "$(dirname "$0")/.."
build=$1 seconds=$2
shift 2
failed=()
for t in "$@"; do
  scratch=$build/fuzz-scratch/$t artifacts=$build/fuzz-artifacts/$t log=$build/fuzz-logs/$t.log
  mkdir -p "$scratch" "$artifacts" "$(dirname "$log")"
  # The scratch corpus comes first: libFuzzer writes new inputs to the first directory given.
  "$build/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$scratch" "tests/fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  # The last status line carries the figures docs/reliability.md quotes (cov: edges, exec/s).
  summary=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -1)
  echo "fuzz_$t: exit $rc; $summary"
  if [ $rc -ne 0 ]; then
    failed+=("$t")
    grep -E 'ERROR|runtime error|SUMMARY|property failed|generator bug' "$log" | head -5
    echo "  input(s): $(ls "$artifacts" | head -5 | sed "s|^|$artifacts/|" | tr '\n' ' ')"
    echo "  log: $log"
  fi
done
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: no crash in ${seconds}s per target"
