# get/put timeouts wait (virtual) time and raise queue.Empty / queue.Full; negative timeouts,
# exception classes, SimpleQueue and task_done() errors as CPython shows them.
import queue
import threading
import time

q = queue.Queue(1)
start = time.monotonic()
try:
    q.get(timeout=0.25)
except queue.Empty as error:
    print("Empty after >= 0.25s:", time.monotonic() - start >= 0.25, repr(error))
q.put("x")
start = time.monotonic()
try:
    q.put("y", True, 0.1)
except queue.Full as error:
    print("Full after >= 0.1s:", time.monotonic() - start >= 0.1, repr(error))
for call in [lambda: q.get(timeout=-1), lambda: q.put("z", timeout=-0.5)]:
    try:
        call()
    except ValueError as error:
        print("ValueError:", error)
print(q.get(block=False, timeout=-1))
unbounded = queue.Queue()
unbounded.put("fine", timeout=-1)
print(unbounded.get())
print(queue.Empty, queue.Full, queue.Empty.__module__, queue.Full.__module__)
print(queue.SimpleQueue.__module__, queue.Queue.__module__, queue.LifoQueue.__name__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("SimpleQueue: queue.Empty")

late = queue.Queue()


def deliver():
    time.sleep(0.05)
    late.put("arrived")


threading.Thread(target=deliver).start()
print("get(timeout=1):", late.get(timeout=1))
late.task_done()
try:
    late.task_done()
except ValueError as error:
    print("ValueError:", error)
try:
    queue.Queue().get(False)
except queue.Empty as error:
    print("get(False):", type(error).__name__, error.args)
