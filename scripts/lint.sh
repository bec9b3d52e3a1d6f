#!/usr/bin/env bash
# `make lint`: clang-tidy (checks in .clang-tidy) and cppcheck over engine/ and app/ sources.
# Fails on any finding. Uses the compile commands of build/lint (configured here; nothing is built,
# the commands are all clang-tidy needs). Runs JOBS files at a time (default: nproc).
#   scripts/lint.sh [FILE...]   lint only these files (default: every .cpp under engine/ and app/)
set -uo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-$(nproc)}
BUILD=build/lint
CLANG_TIDY=${CLANG_TIDY:-$(command -v clang-tidy-14 || command -v clang-tidy)}

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
  -DINTERLEAVE_BUILD_BENCH=OFF -DINTERLEAVE_BUILD_TESTS=OFF >/dev/null || exit 2

if [ "$#" -gt 0 ]; then files=("$@"); else mapfile -t files < <(git ls-files 'engine/*.cpp' 'app/*.cpp'); fi

status=0
echo "lint: clang-tidy on ${#files[@]} files, $JOBS at a time"
# The compile commands are GCC's: clang does not know -Wno-restrict (a GCC 12 workaround).
printf '%s\n' "${files[@]}" |
  xargs -P "$JOBS" -n 1 "$CLANG_TIDY" -p "$BUILD" --quiet --extra-arg=-Wno-unknown-warning-option 2>&1 |
  grep -v -e '^[0-9]* warnings\? \(and [0-9]* errors\? \)\?generated\.$'
codes=("${PIPESTATUS[@]}")  # xargs exits non-zero when any clang-tidy found something (or failed)
[ "${codes[1]}" -eq 0 ] || status=1

echo "lint: cppcheck"
cppcheck --quiet --std=c++20 --language=c++ --enable=warning,performance,portability --error-exitcode=1 \
  --inline-suppr --suppressions-list=.cppcheck-suppressions -I . -j "$JOBS" \
  --template='{file}:{line}:{column}: {severity}: {message} [{id}]' "${files[@]}" || status=1

[ "$status" -eq 0 ] && echo "lint: clean"
exit "$status"
