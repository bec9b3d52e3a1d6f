# queue for Interleave: the Python half of the module, after CPython 3.11's queue.py.
# The items, the blocking and the unfinished-task count live in _interleave.Channel (a native:
# engine/runtime/natives/channel.cpp) so that a blocked put/get shows on the timeline and in the
# wait-for graph under the queue's variable name. `queue` attributes are snapshots (a list).
import _interleave

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_Channel = _interleave.Channel
_NOTHING = object()   # what Channel.get returns when nothing came (no tuple per get)


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    _order = 'fifo'
    _kind = 'Queue'

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._ch = _Channel(maxsize, self._order, False, self._kind)

    @property
    def unfinished_tasks(self):
        return self._ch.unfinished()

    @property
    def queue(self):
        return self._ch.items()

    def task_done(self):
        self._ch.task_done()

    def join(self):
        self._ch.join()

    def qsize(self):
        return self._ch.qsize()

    def empty(self):
        return self._ch.empty()

    def full(self):
        return self._ch.full()

    def put(self, item, block=True, timeout=None):
        if not self._ch.put(item, block, timeout):
            raise Full

    def get(self, block=True, timeout=None):
        item = self._ch.get(block, timeout, empty=_NOTHING)
        if item is _NOTHING:
            raise Empty
        return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    '''

    _order = 'priority'
    _kind = 'PriorityQueue'


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    _order = 'lifo'
    _kind = 'LifoQueue'


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    __module__ = '_queue'

    def __init__(self):
        self._ch = _Channel(0, 'fifo', False, 'SimpleQueue')

    def put(self, item, block=True, timeout=None):
        self._ch.put(item)

    def put_nowait(self, item):
        self._ch.put(item)

    def get(self, block=True, timeout=None):
        item = self._ch.get(block, timeout, empty=_NOTHING)
        if item is _NOTHING:
            raise Empty
        return item

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return self._ch.empty()

    def qsize(self):
        return self._ch.qsize()
