# Issue 8's figure: 2 processes doing work(200) against 2 threads doing the same, real time.
# `interleave run bench/native_processes_vs_threads.py --executor native [--gil off]` (make bench).
import multiprocessing as mp
import threading
import time
from interleave import work


def job():
    work(200)


def timed(make):
    workers = [make() for _ in range(2)]
    t0 = time.monotonic()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.monotonic() - t0


if __name__ == "__main__":
    threads = timed(lambda: threading.Thread(target=job))
    processes = timed(lambda: mp.Process(target=job))
    print("2 threads   %.3f s" % threads)
    print("2 processes %.3f s" % processes)
    print("processes / threads: %.2f" % (processes / threads))
