# Future: add_done_callback, exception(), result() re-raising, cancel() of a pending job.
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()
log = []


def blocked():
    started.set()
    gate.wait()
    return "unblocked"


def fail():
    raise KeyError("missing")


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(blocked)
    started.wait()                     # the only worker is now busy with `first`
    queued = pool.submit(blocked)
    print("queued cancel():", queued.cancel(), "cancelled:", queued.cancelled())
    print("running job cancel():", first.cancel())
    first.add_done_callback(lambda f: log.append(("callback", f.result())))
    gate.set()
    print("first:", first.result())
    try:
        queued.result()
    except CancelledError:
        print("result() of a cancelled future: CancelledError")
    bad = pool.submit(fail)
    print("exception():", repr(bad.exception()))
    try:
        bad.result()
    except KeyError as error:
        print("result() re-raised KeyError:", error)
    bad.add_done_callback(lambda f: log.append(("late callback", f.done())))
print(log)
