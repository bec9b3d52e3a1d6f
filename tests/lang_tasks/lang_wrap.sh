#!/usr/bin/env bash
# Reuse tests/lang/run_one.sh and tests/lang/regen.sh, unchanged, for another folder of
# differential programs (tests/lang_tasks, tests/lang_coro).
#
#   lang_wrap.sh run_one SUITE_DIR INTERLEAVE_BINARY NAME.py
#   lang_wrap.sh regen   SUITE_DIR [--check DIR]
#
# Those two scripts work on the folder they live in, so this wrapper stages a copy of the
# script together with the programs (and, where needed, their expected files) in a temporary
# folder, runs it there, and copies the regenerated expected files back. Everything else (the
# comparison rules, NAME.exit, timeouts, the Python 3.11 check) is theirs. Messages name the
# suite ("lang_tasks.NAME") instead of "lang.NAME".
#
# A program whose first line is HAND_WRITTEN below has expected output written by hand (python3
# here cannot run it): regen never runs or overwrites it and --check does not compare it, but
# run_one checks the engine against it like any other program.
set -uo pipefail

HAND_WRITTEN="# expected output written by hand from the greenlet/gevent docs (not checked by python3)"

usage() {
  echo "usage: $0 run_one SUITE_DIR INTERLEAVE_BINARY NAME.py" >&2
  echo "       $0 regen SUITE_DIR [--check DIR]" >&2
  exit 2
}

[ "$#" -ge 2 ] || usage
mode="$1"
suite_dir="$(cd "$2" 2>/dev/null && pwd)" || { echo "lang_wrap.sh: no folder '$2'" >&2; exit 2; }
shift 2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lang_dir="$(cd "$here/../lang" && pwd)" || { echo "lang_wrap.sh: tests/lang is missing" >&2; exit 2; }
suite="$(basename "$suite_dir")"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

is_hand_written() {
  [ "$(head -n 1 "$1" | tr -d '\r')" = "$HAND_WRITTEN" ]
}

# Rename tests/lang's wording to this suite's.
rename() {
  sed -e "s#\\blang\\.#${suite}.#g" -e "s#tests/lang\\b#tests/${suite}#g" -e "s#${stage}#${suite_dir}#g"
}

case "$mode" in
  run_one)
    [ "$#" -eq 2 ] || usage
    binary="$1"
    case "$binary" in
      /*) ;;
      *) binary="$(pwd)/$binary" ;;
    esac
    program="$(basename "$2")"
    name="${program%.py}"
    cp "$lang_dir/run_one.sh" "$stage/"
    for file in "$suite_dir/$program" "$suite_dir/$name.out" "$suite_dir/$name.exit"; do
      [ -f "$file" ] && cp "$file" "$stage/"
    done
    bash "$stage/run_one.sh" "$binary" "$program" 2>&1 | rename
    exit "${PIPESTATUS[0]}"
    ;;
  regen)
    check_args=()
    case "$#" in
      0) ;;
      2) [ "$1" = "--check" ] || usage; check_args=("--check" "$2") ;;
      *) usage ;;
    esac
    cp "$lang_dir/regen.sh" "$stage/"
    shopt -s nullglob
    staged=()
    skipped=0
    for program in "$suite_dir"/[0-9]*.py; do
      if is_hand_written "$program"; then
        skipped=$((skipped + 1))
        continue
      fi
      cp "$program" "$stage/"
      staged+=("$(basename "$program" .py)")
      if [ "${#check_args[@]}" -ne 0 ]; then
        name="$(basename "$program" .py)"
        for file in "$suite_dir/$name.out" "$suite_dir/$name.exit"; do
          [ -f "$file" ] && cp "$file" "$stage/"
        done
      fi
    done
    if [ "${#staged[@]}" -eq 0 ]; then
      echo "lang_wrap.sh: no python3-checked programs in $suite_dir" >&2
      exit 2
    fi
    if [ "${#check_args[@]}" -ne 0 ]; then
      bash "$stage/regen.sh" "${check_args[@]}" 2>&1 | rename
      status="${PIPESTATUS[0]}"
      echo "lang_wrap.sh: $skipped program(s) with hand-written expected output not compared"
      exit "$status"
    fi
    bash "$stage/regen.sh" 2>&1 | rename
    status="${PIPESTATUS[0]}"
    if [ "$status" -ne 0 ]; then
      exit "$status"
    fi
    for name in "${staged[@]}"; do
      cp "$stage/$name.out" "$suite_dir/$name.out"
      if [ -f "$stage/$name.exit" ]; then
        cp "$stage/$name.exit" "$suite_dir/$name.exit"
      else
        rm -f "$suite_dir/$name.exit"
      fi
    done
    echo "lang_wrap.sh: kept $skipped program(s) with hand-written expected output as they are"
    exit 0
    ;;
  *)
    usage
    ;;
esac
