# gevent.queue for Interleave: a FIFO queue for greenlets (Empty and Full are the queue module's
# exceptions, as in gevent). get() on an empty queue and put() on a full one park the greenlet
# and switch to the hub until the other side makes room.
from queue import Empty, Full

from gevent.hub import get_hub
from greenlet import getcurrent

__all__ = ('Queue', 'JoinableQueue', 'LifoQueue', 'Empty', 'Full')


class Queue:
    def __init__(self, maxsize=None, items=()):
        self.maxsize = maxsize
        self.queue = list(items)
        self._getters = []
        self._putters = []

    def __repr__(self):
        return f'<{type(self).__name__} queue={self.queue!r}>'

    def qsize(self):
        return len(self.queue)

    def __len__(self):
        return len(self.queue)

    def empty(self):
        return not self.queue

    def full(self):
        return self.maxsize is not None and self.maxsize > 0 and len(self.queue) >= self.maxsize

    def _take(self):
        return self.queue.pop(0)

    def _wait(self, waiters, block, timeout, error):
        if not block:
            raise error()
        hub = get_hub()
        entry = [getcurrent(), False]
        waiters.append(entry)
        timer = hub.timer(timeout, self._expire, waiters, entry) if timeout is not None else None
        hub.switch_out()
        if timer is not None:
            hub.cancel_timer(timer)
        if not entry[1]:
            raise error()

    def _expire(self, waiters, entry):
        if entry in waiters:
            waiters.remove(entry)
            entry[0].switch()

    def _wake(self, waiters):
        if waiters:
            entry = waiters.pop(0)
            entry[1] = True
            get_hub().run_callback(entry[0].switch)

    def put(self, item, block=True, timeout=None):
        while self.full():
            self._wait(self._putters, block, timeout, Full)
        self.queue.append(item)
        self._wake(self._getters)

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        while self.empty():
            self._wait(self._getters, block, timeout, Empty)
        item = self._take()
        self._wake(self._putters)
        return item

    def get_nowait(self):
        return self.get(False)

    def peek(self, block=True, timeout=None):
        while self.empty():
            self._wait(self._getters, block, timeout, Empty)
        return self.queue[0]


class LifoQueue(Queue):
    def _take(self):
        return self.queue.pop()


class JoinableQueue(Queue):
    def __init__(self, maxsize=None, items=()):
        Queue.__init__(self, maxsize, items)
        self.unfinished_tasks = len(self.queue)
        self._joiners = []

    def put(self, item, block=True, timeout=None):
        Queue.put(self, item, block, timeout)
        self.unfinished_tasks += 1

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            joiners, self._joiners = self._joiners, []
            for g in joiners:
                get_hub().run_callback(g.switch)

    def join(self, timeout=None):
        if self.unfinished_tasks == 0:
            return True
        self._joiners.append(getcurrent())
        get_hub().switch_out()
        return True
