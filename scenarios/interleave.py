"""CPython stand-in for Interleave's built-in `interleave` module.

Every scenario also runs under plain python3 with this file beside it: `work(ms)` burns CPU
for that long (a busy loop, so threads really compete for the GIL) and `note(text)` prints
the marker that Interleave draws on the timeline.
"""

import time


def work(ms):
    """Busy-loop for `ms` milliseconds of wall time (CPU-bound, holds the GIL)."""
    end = time.perf_counter() + ms / 1000.0
    while time.perf_counter() < end:
        pass


def note(text):
    """Print a marker; Interleave shows it on the timeline instead."""
    print(f"[note] {text}")
