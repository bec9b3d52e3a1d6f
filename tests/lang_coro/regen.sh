#!/usr/bin/env bash
# Regenerate (or, with --check DIR, verify) the expected output of every program in this folder
# with CPython 3.11, using tests/lang/regen.sh unchanged (see lang_wrap.sh).
#   regen.sh              write NAME.out / NAME.exit next to each NAME.py
#   regen.sh --check DIR  regenerate into DIR and compare with the checked-in files
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/../lang_tasks/lang_wrap.sh" regen "$here" "$@"
