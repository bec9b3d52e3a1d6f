# multiprocessing's locks and synchronisation primitives (CPython's multiprocessing/synchronize.py).
# Each wraps a native of _interleave, whose state lives in the runtime: a child process that
# inherits the object (fork) shares it. Event, Condition and Barrier are threading's classes,
# which are built on the same natives.
import threading
import _interleave


def _timeout(block, timeout):
    # SemLock.acquire(block, timeout): a negative timeout counts as 0.
    if not block:
        return 0
    if timeout is None:
        return None
    return max(timeout, 0)


class Lock:
    def __init__(self):
        self._lock = _interleave.Lock()

    def acquire(self, block=True, timeout=None):
        t = _timeout(block, timeout)
        if t is None:
            return self._lock.acquire()
        if t == 0:
            return self._lock.acquire(False)
        return self._lock.acquire(True, t)

    def release(self):
        if not self._lock.locked():
            raise ValueError("semaphore or lock released too many times")
        self._lock.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<Lock(owner=%s)>" % ("SomeOtherProcess" if self._lock.locked() else "None")


class RLock(Lock):
    def __init__(self):
        self._lock = _interleave.RLock()

    def release(self):
        if not self._lock._is_owned():
            raise AssertionError("attempt to release recursive lock not owned by thread")
        self._lock.release()

    def __repr__(self):
        return "<RLock(%s)>" % ("SomeOtherThread, nonzero" if self._lock._is_owned() else "None, 0")


class Semaphore:
    _bounded = False

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._initial = value
        self._sem = _interleave.Semaphore(value, self._bounded)

    def acquire(self, block=True, timeout=None):
        t = _timeout(block, timeout)
        if t is None:
            return self._sem.acquire()
        if t == 0:
            return self._sem.acquire(False)
        return self._sem.acquire(True, t)

    def release(self):
        if self._bounded and self._sem.get_value() >= self._initial:
            raise ValueError("semaphore or lock released too many times")
        self._sem.release()

    def get_value(self):
        return self._sem.get_value()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        name = "BoundedSemaphore" if self._bounded else "Semaphore"
        if self._bounded:
            return "<%s(value=%s, maxvalue=%s)>" % (name, self.get_value(), self._initial)
        return "<%s(value=%s)>" % (name, self.get_value())


class BoundedSemaphore(Semaphore):
    _bounded = True


def Event():
    return threading.Event()


def Condition(lock=None):
    if lock is None:
        lock = RLock()
    if isinstance(lock, Lock):
        return threading.Condition(lock._lock)
    return threading.Condition(lock)


def Barrier(parties, action=None, timeout=None):
    return threading.Barrier(parties, action, timeout)
