# expected output written by hand from the greenlet/gevent docs (not checked by python3)
# gevent.sleep(0) yields to every other ready greenlet once: counters interleave round-robin.
import gevent

out = []


def counter(name, n):
    for i in range(n):
        out.append(f"{name}{i}")
        gevent.sleep(0)


gevent.joinall([gevent.spawn(counter, "a", 3), gevent.spawn(counter, "b", 2),
                gevent.spawn(counter, "c", 1)])
print(" ".join(out))
