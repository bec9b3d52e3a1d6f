# With a Lock around `counter += 1`, no update is lost, whatever the interleaving.
import threading

counter = 0
lock = threading.Lock()


def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter, "expected:", 4 * 5000)
