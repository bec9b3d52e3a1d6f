# A CPU-bound thread beside an I/O-bound one. Under the old GIL the I/O thread, woken by each
# of the CPU thread's periodic releases, finds the GIL taken again ("false alarms"); the new
# GIL hands it over after the switch interval instead.
import threading
import time

from interleave import work


def cpu():
    total = 0
    for i in range(200000):
        total += i


def io():
    for _ in range(10):
        time.sleep(0.002)
        work(0.1)


threads = [threading.Thread(target=cpu), threading.Thread(target=io)]
for t in threads:
    t.start()
for t in threads:
    t.join()
