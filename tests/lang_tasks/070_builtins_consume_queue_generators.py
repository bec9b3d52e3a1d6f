# Builtins that consume a generator (sum, list, sorted, max, min, tuple, set, any, all, dict,
# str.join) while the generator waits on q.get(): the consumer blocks until the producer thread
# has put the items, as in CPython.
import queue
import threading
import time

q = queue.Queue()


def producer(items, delay):
    for item in items:
        time.sleep(delay)
        q.put(item)


t = threading.Thread(target=producer, args=(range(1, 31), 0.002))
t.start()
total = sum(q.get() for _ in range(3))
print("sum", total)
print("sum start", sum((q.get() for _ in range(2)), 100))
print("list", list(q.get() for _ in range(2)))
print("sorted", sorted((q.get() for _ in range(3)), reverse=True))
print("sorted key", sorted((q.get() for _ in range(3)), key=lambda v: v % 3))
print("max", max(q.get() for _ in range(2)))
print("min key", min((q.get() for _ in range(2)), key=lambda v: -v))
print("tuple", tuple(q.get() for _ in range(2)))
print("set", sorted(set(q.get() % 2 for _ in range(2))))
print("frozenset", sorted(frozenset(q.get() for _ in range(1))))
print("any", any(q.get() > 19 for _ in range(2)))
print("all", all(q.get() > 19 for _ in range(2)))
print("dict", dict((q.get(), "v") for _ in range(2)))
print("join", "+".join(str(q.get()) for _ in range(3)))
t.join()
print("left", q.qsize())
