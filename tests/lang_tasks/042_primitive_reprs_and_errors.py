# The reprs and argument errors of Semaphore, BoundedSemaphore and Event, as CPython 3.11 has
# them, and the small module functions.
import threading

s = threading.Semaphore(3)
s.acquire()
print(repr(s).split(":")[-1], repr(s).startswith("<threading.Semaphore at 0x"))
bs = threading.BoundedSemaphore(2)
bs.acquire()
print(repr(bs).split(":")[-1], repr(bs).startswith("<threading.BoundedSemaphore at 0x"))
e = threading.Event()
print(repr(e).split(":")[-1], e.wait(-1), e.wait(0))
e.set()
print(repr(e).split(":")[-1], repr(e).startswith("<threading.Event at 0x"))
try:
    s.acquire(False, 1)
except ValueError as error:
    print("ValueError:", error)
try:
    s.release(0)
except ValueError as error:
    print("ValueError:", error)
try:
    threading.BoundedSemaphore(-2)
except ValueError as error:
    print("ValueError:", error)
with threading.BoundedSemaphore(1) as got:
    print("with BoundedSemaphore() as:", got)
s.release(5)
print("release(5):", repr(s).split(":")[-1])
print(threading.ThreadError is RuntimeError, threading.stack_size(), threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(threading.TIMEOUT_MAX > 1e6, issubclass(threading.BrokenBarrierError, RuntimeError))
print(isinstance(threading.Timer(1, print), threading.Thread))
