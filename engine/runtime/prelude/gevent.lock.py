# gevent.lock for Interleave: Semaphore, BoundedSemaphore and RLock for greenlets. A greenlet
# that must wait parks itself in the waiters list and switches to the hub; release() schedules
# the first waiter on the hub.
from gevent.hub import get_hub
from greenlet import getcurrent

__all__ = ('Semaphore', 'BoundedSemaphore', 'RLock', 'DummySemaphore')


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self.counter = value
        self._waiters = []

    def __repr__(self):
        return f'<{type(self).__name__} counter={self.counter} _links[{len(self._waiters)}]>'

    def locked(self):
        return self.counter <= 0

    def ready(self):
        return self.counter > 0

    def acquire(self, blocking=True, timeout=None):
        if self.counter > 0:
            self.counter -= 1
            return True
        if not blocking:
            return False
        hub = get_hub()
        entry = [getcurrent(), False]
        self._waiters.append(entry)
        timer = hub.timer(timeout, self._timeout, entry) if timeout is not None else None
        hub.switch_out()
        if timer is not None:
            hub.cancel_timer(timer)
        return entry[1]

    def _timeout(self, entry):
        if entry in self._waiters:
            self._waiters.remove(entry)
            entry[0].switch()

    def release(self):
        if self._waiters:
            entry = self._waiters.pop(0)
            entry[1] = True   # the unit goes straight to the waiter
            get_hub().run_callback(entry[0].switch)
        else:
            self.counter += 1
        return self.counter

    def __enter__(self):
        self.acquire()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self):
        if self.counter >= self._initial_value and not self._waiters:
            raise ValueError("Semaphore released too many times")
        return Semaphore.release(self)


class DummySemaphore:
    def acquire(self, blocking=True, timeout=None):
        return True

    def release(self):
        pass

    def __enter__(self):
        pass

    def __exit__(self, *args):
        pass


class RLock:
    def __init__(self):
        self._block = Semaphore(1)
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=None):
        me = getcurrent()
        if self._owner is me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner is not getcurrent():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __enter__(self):
        self.acquire()

    def __exit__(self, *args):
        self.release()
