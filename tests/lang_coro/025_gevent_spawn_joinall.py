# expected output written by hand from the greenlet/gevent docs (not checked by python3)
# gevent: spawned greenlets start when the main greenlet waits (joinall), in spawn order;
# they wake from gevent.sleep in order of their deadlines; value holds the return value.
import gevent


def task(name, delay):
    print(f"{name} starts")
    gevent.sleep(delay)
    print(f"{name} ends")
    return name.upper()


jobs = [gevent.spawn(task, "a", 0.03), gevent.spawn(task, "b", 0.01), gevent.spawn(task, "c", 0.02)]
print("spawned; nothing has run yet")
gevent.joinall(jobs)
print([job.value for job in jobs])
print([job.successful() for job in jobs], [job.dead for job in jobs])
single = gevent.spawn(task, "d", 0)
single.join()
print("joined d:", single.value, single.get())
