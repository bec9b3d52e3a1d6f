# concurrent.futures details: a Future used directly, InvalidStateError, wait() with
# FIRST_COMPLETED / FIRST_EXCEPTION, map and as_completed timeouts, a failing done callback
# (logged on stderr), the three ways to import the package.
import concurrent.futures
import threading
import time
from concurrent import futures
import concurrent.futures as cf
from concurrent.futures import FIRST_COMPLETED, FIRST_EXCEPTION, Future, InvalidStateError, as_completed, wait


def work(n):
    time.sleep(0.01 * n)
    if n == 2:
        raise KeyError(n)
    return n


def boom(fut):
    raise RuntimeError("callback failed")


print(concurrent.futures is futures, cf is futures, futures.ThreadPoolExecutor.__name__)
f = Future()
print(f.done(), f.running(), f.cancelled())
f.set_result(5)
print(f.result(), f.exception(), f.done(), repr(f).endswith("state=finished returned int>"))
try:
    f.set_result(6)
except InvalidStateError as error:
    print("InvalidStateError:", str(error).split(":")[0])
g = Future()
print(g.cancel(), g.cancelled(), g.done(), g.set_running_or_notify_cancel(), g.cancelled())
try:
    g.result()
except futures.CancelledError:
    print("CancelledError")
h = Future()
try:
    h.result(timeout=0.01)
except futures.TimeoutError:
    print("TimeoutError is the builtin:", futures.TimeoutError is TimeoutError)
h.set_exception(ValueError("x"))
print(repr(h.exception()), repr(h).endswith("state=finished raised ValueError>"))
h.add_done_callback(lambda fut: print("callback on a done future:", fut.done()))
with cf.ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(work, n) for n in [3, 1, 2, 4]]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED:", [f.result() for f in done], len(not_done))
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", len(done), len(not_done))
    print("all:", sorted([repr(f.exception()) if f.exception() else str(f.result()) for f in as_completed(fs)]))
    try:
        for r in ex.map(work, [1, 5], timeout=0.03):
            print("map got", r)
    except TimeoutError:
        print("map timed out")
    try:
        for x in as_completed([ex.submit(work, 6)], timeout=0.01):
            print(x)
    except TimeoutError as error:
        print("as_completed:", error)
print(wait([]))
k = Future()
k.add_done_callback(boom)
k.set_result(1)
print("after the failing callback")
