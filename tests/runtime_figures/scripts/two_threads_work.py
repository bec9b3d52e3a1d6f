# Two CPU-bound threads of 100 ms each: under a GIL (new or old) they take turns, so the run
# lasts about 200 ms; without a GIL they run side by side on two cores, about 100 ms.
import threading

from interleave import work


def burn():
    work(100)


threads = [threading.Thread(target=burn) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
