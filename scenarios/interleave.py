"""CPython stand-in for Interleave's built-in `interleave` module.

Every scenario also runs under plain python3 with this file beside it: `work(ms)` burns that
much of the calling thread's own CPU time (a busy loop, so threads really compete for the GIL:
two threads doing work(100) take about 200 ms of wall time under the GIL, as in Interleave) and
`note(text)` prints the marker that Interleave draws on the timeline.
"""

import time


def work(ms):
    """Busy-loop until this thread has used `ms` milliseconds of CPU (CPU-bound, needs the GIL).

    Counting the thread's CPU time, not wall time, matters: a thread waiting for the GIL does
    not advance, so threads do not appear to run CPU-bound work in parallel.
    """
    end = time.thread_time() + ms / 1000.0
    while time.thread_time() < end:
        pass


def note(text):
    """Print a marker; Interleave shows it on the timeline instead."""
    print(f"[note] {text}")
