# lost_update.py with a lock around each increment: no schedule loses an update.
import threading

counter = 0
lock = threading.Lock()


def add():
    global counter
    for _ in range(2):
        with lock:
            counter += 1


workers = [threading.Thread(target=add) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
assert counter == 4, f"lost an update: counter is {counter}"
