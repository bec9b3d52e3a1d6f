# Two threads sleeping 100 ms each: sleeping needs no core and no GIL, about 100 ms in all.
import threading
import time


def nap():
    time.sleep(0.1)


threads = [threading.Thread(target=nap) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
