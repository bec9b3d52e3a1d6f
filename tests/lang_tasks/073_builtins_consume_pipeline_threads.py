# A pipeline of threads whose consumers aggregate with builtins over q.get() generators, and a
# generator that waits on a lock and on events inside all()/list().
import queue
import threading
import time

N = 4
jobs = queue.Queue()
results = queue.Queue()


def consumer(name):
    total = sum(jobs.get() for _ in range(N))
    results.put((name, total))


threads = [threading.Thread(target=consumer, args=("c%d" % i,)) for i in range(3)]
for t in threads:
    t.start()
for i in range(3 * N):
    jobs.put(i)
    time.sleep(0.001)
for t in threads:
    t.join()
collected = sorted(results.get() for _ in range(3))
print(len(collected), sum(total for _, total in collected))

lock = threading.Lock()
events = [threading.Event() for _ in range(3)]


def holder():
    with lock:
        time.sleep(0.05)
        for e in events:
            time.sleep(0.01)
            e.set()


def locked_items():
    for i in range(3):
        with lock:
            yield i


h = threading.Thread(target=holder)
h.start()
time.sleep(0.01)
start = time.monotonic()
print("events", all(e.wait() for e in events))
print("locked", list(locked_items()))
print("waited", time.monotonic() - start >= 0.05)
h.join()

done = queue.Queue()


def report(name, delay):
    time.sleep(delay)
    done.put(name)


ws = [threading.Thread(target=report, args=(n, d)) for n, d in (("slow", 0.06), ("fast", 0.02), ("mid", 0.04))]
for w in ws:
    w.start()
print("order", " -> ".join(done.get() for _ in ws))
for w in ws:
    w.join()
