# Generator functions that sleep between items, consumed by builtins: the main thread sleeps
# inside list()/sum()/max()... while a worker thread runs; virtual time advances as in CPython.
import threading
import time

log = []


def slow(n, delay=0.01):
    for i in range(n):
        time.sleep(delay)
        yield i


def worker():
    for i in range(3):
        log.append("tick %d" % i)
        time.sleep(0.01)


start = time.monotonic()
w = threading.Thread(target=worker)
w.start()
print(list(slow(3)))
print(tuple(slow(2)), sorted(set(slow(3))), sorted(frozenset(slow(2))))
print(dict((i, i * i) for i in slow(3)))
print(sum(slow(4)), sum(slow(4), 10), sum(slow(3), start=0.5))
print(max(slow(3)), min(slow(3)), max(slow(3), key=lambda v: -v), min(slow(0), default="none"))
print(any(x > 1 for x in slow(5)), all(x < 1 for x in slow(5)))
print("-".join(str(i) for i in slow(4)), "".join(c for c in "abc"))
print(sorted(slow(4), key=lambda v: v % 2, reverse=True))
w.join()
print(log)
elapsed = time.monotonic() - start
print("slept at least 0.45s:", elapsed >= 0.45)


def nested():
    yield from slow(2)
    yield sum(slow(2))


print(list(nested()))


def in_thread(out):
    out.append(sorted(x * 10 for x in slow(3)))
    out.append(", ".join(str(x) for x in slow(2)))


out = []
t = threading.Thread(target=in_thread, args=(out,))
t.start()
t.join()
print(out)
