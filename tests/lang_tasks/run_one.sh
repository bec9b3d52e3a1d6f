#!/usr/bin/env bash
# Differential check of one program of this folder against what CPython 3.11 printed, using
# tests/lang/run_one.sh unchanged (see lang_wrap.sh).
#   run_one.sh INTERLEAVE_BINARY NAME.py
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/lang_wrap.sh" run_one "$here" "$@"
