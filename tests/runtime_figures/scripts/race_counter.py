# Lost updates: four threads add 1 to a shared counter without a lock. With --gil off they
# really run at the same time, and which updates are lost depends on the interleaving.
import threading

N = 20000
counter = 0


def add():
    global counter
    for _ in range(N):
        counter += 1


threads = [threading.Thread(target=add) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, "of", 4 * N)
