# Barrier: an action that raises breaks the barrier (its thread gets the action's error, the
# others BrokenBarrierError); reset() while threads wait breaks their wait and the barrier can be
# used again; a default timeout from the constructor; Barrier(1) never waits.
import threading
import time

results = []
lock = threading.Lock()


def bad_action():
    raise KeyError("action failed")


b = threading.Barrier(3, action=bad_action)


def party():
    try:
        b.wait()
        outcome = "passed"
    except threading.BrokenBarrierError:
        outcome = "broken"
    except KeyError as error:
        outcome = "action error " + str(error)
    with lock:
        results.append(outcome)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), "broken:", b.broken, "n_waiting:", b.n_waiting)

b2 = threading.Barrier(3)
out = []


def waiter():
    try:
        b2.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("broken by reset")


waiters = [threading.Thread(target=waiter) for _ in range(2)]
for w in waiters:
    w.start()
while b2.n_waiting < 2:
    time.sleep(0.001)
print("n_waiting:", b2.n_waiting)
b2.reset()
for w in waiters:
    w.join()
print(out, "broken:", b2.broken)
waiters = [threading.Thread(target=waiter) for _ in range(2)]
for w in waiters:
    w.start()
print("main's index is valid:", b2.wait() in (0, 1, 2))
for w in waiters:
    w.join()
print(out)

b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError as error:
    print("default timeout:", repr(error), isinstance(error, RuntimeError))
print(repr(b3).startswith("<threading.Barrier at 0x"), repr(b3).endswith(": broken>"))
print(repr(threading.Barrier(5)).split(":")[-1])

calls = []
one = threading.Barrier(1, action=lambda: calls.append("action"))
print(one.wait(), one.wait(), calls)
