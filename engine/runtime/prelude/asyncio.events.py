# asyncio.events for Interleave: the event loop, after CPython 3.11's asyncio/base_events.py and
# events.py. The loop runs callbacks from its ready queue and timers on the runtime's virtual
# clock; with nothing ready it puts its thread to sleep until the next timer
# (_interleave.loop_idle), so virtual time advances exactly as the timers say. The ready
# queue's length is recorded as a Queue-like series of the trace.
import _interleave
import time
from asyncio import exceptions

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop')


class Handle:
    """Object returned by callback registration methods."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{self.__class__.__name__}{state}>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
            })


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """Abstract event loop."""


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._ready_head = 0
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._clock_resolution = 1e-09
        self._res = _interleave.loop_new()
        self._timer_res = -1
        self._all_tasks = []
        self._current_task = None

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug=False>')

    def time(self):
        return time.monotonic()

    def _timer_resource(self):
        if self._timer_res < 0:
            self._timer_res = _interleave.coro_resource('Timer', 'asyncio timer')
        return self._timer_res

    def create_future(self):
        from asyncio import futures
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        from asyncio import tasks
        return tasks.Task(coro, loop=self, name=name)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _ready_len(self):
        return len(self._ready) - self._ready_head

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        _interleave.loop_ready(self._res, self._ready_len(), True)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        timer._scheduled = True
        lo, hi = 0, len(self._scheduled)
        while lo < hi:  # after every timer due at the same time or earlier
            mid = (lo + hi) // 2
            if self._scheduled[mid]._when <= when:
                lo = mid + 1
            else:
                hi = mid
        self._scheduled.insert(lo, timer)
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled and handle in self._scheduled:
            self._scheduled.remove(handle)
            handle._scheduled = False

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._ready_head = 0
        self._scheduled = []

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass

    def call_exception_handler(self, context):
        message = context.get('message', 'Unhandled exception in event loop')
        text = message + '\n'
        exc = context.get('exception')
        if exc is not None:
            text += _interleave.format_exception(exc)
        _interleave.write_stderr(text)

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        from asyncio import futures, tasks
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        timeout = None
        if self._ready_len() or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = max(0, self._scheduled[0]._when - self.time())
        if timeout != 0:
            # Nothing to run: the thread waits (virtual time) for the next timer, or for ever.
            _interleave.loop_idle(self._res, -1 if timeout is None else timeout)
        end_time = self.time() + self._clock_resolution
        due = 0
        while due < len(self._scheduled) and self._scheduled[due]._when < end_time:
            due += 1
        if due:
            timers = self._scheduled[:due]
            del self._scheduled[:due]
            for handle in timers:
                handle._scheduled = False
                self._ready.append(handle)
            _interleave.loop_ready(self._res, self._ready_len(), True)
        ntodo = self._ready_len()
        for i in range(ntodo):
            handle = self._ready[self._ready_head]
            self._ready[self._ready_head] = None
            self._ready_head += 1
            if self._ready_head > 64 and self._ready_head * 2 > len(self._ready):
                del self._ready[:self._ready_head]
                self._ready_head = 0
            _interleave.loop_ready(self._res, self._ready_len(), False)
            if handle._cancelled:
                continue
            handle._run()


def _run_until_complete_cb(fut):
    fut.get_loop().stop()


class _EventLoop(BaseEventLoop):
    pass


_running_loops = {}   # thread ident -> the loop running in that thread
_event_loops = {}     # thread ident -> the thread's current (set) loop


def _get_running_loop():
    return _running_loops.get(_interleave.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(_interleave.get_ident(), None)
    else:
        _running_loops[_interleave.get_ident()] = loop


def get_running_loop():
    """Return the running event loop. Raise a RuntimeError if there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_event_loop(stacklevel=3):
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop()


def get_event_loop():
    """Return the running loop, else the thread's loop (made on first use)."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    ident = _interleave.get_ident()
    loop = _event_loops.get(ident)
    if loop is None:
        loop = new_event_loop()
        _event_loops[ident] = loop
    return loop


def set_event_loop(loop):
    _event_loops[_interleave.get_ident()] = loop


def new_event_loop():
    return _EventLoop()
