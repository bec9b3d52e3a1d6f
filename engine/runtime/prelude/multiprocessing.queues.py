# multiprocessing's queues (CPython's multiprocessing/queues.py) on _interleave.Channel with
# shared=True: items are copied out of the sender and into the receiver (pickle semantics), and
# the channel's state lives in the runtime, so every process that inherited the queue uses it.
from queue import Empty, Full
import _interleave

_MISSING = object()


class Queue:
    _kind = "Queue"

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._closed = False
        self._ch = _interleave.Channel(maxsize, "fifo", True, self._kind)

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if not self._ch.put(obj, block, timeout):
            raise Full

    def get(self, block=True, timeout=None):
        self._check_closed()
        item = self._ch.get(block, timeout, empty=_MISSING)
        if item is _MISSING:
            raise Empty
        return item

    def qsize(self):
        return self._ch.qsize()

    def empty(self):
        return self._ch.empty()

    def full(self):
        return self._ch.full()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    _kind = "JoinableQueue"

    def task_done(self):
        self._ch.task_done()

    def join(self):
        self._ch.join()


class SimpleQueue:
    def __init__(self):
        self._closed = False
        self._ch = _interleave.Channel(0, "fifo", True, "SimpleQueue")

    def close(self):
        self._closed = True

    def empty(self):
        return self._ch.empty()

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        return self._ch.get(True, None, empty=_MISSING)

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        self._ch.put(obj)
