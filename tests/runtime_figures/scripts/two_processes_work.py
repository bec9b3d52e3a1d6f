# Two CPU-bound processes of 100 ms each: each has its own GIL, so they run in parallel on
# two cores whatever the GIL model: about 100 ms.
from multiprocessing import Process

from interleave import work


def burn():
    work(100)


if __name__ == "__main__":
    procs = [Process(target=burn) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
