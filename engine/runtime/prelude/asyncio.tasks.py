# asyncio.tasks for Interleave, after CPython 3.11's asyncio/tasks.py. A Task steps its
# coroutine with coro.send()/coro.throw(), which run the coroutine as frames of the thread, so a
# blocking call inside it (time.sleep, work) blocks the whole loop as in CPython. Every Task is a
# coroutine of the trace (_interleave.coro_new): running while stepped, ready while scheduled,
# suspended on what it awaits, done or failed.
import _interleave
from asyncio import events, exceptions, futures

__all__ = ('Task', 'create_task', 'sleep', 'gather', 'wait_for', 'ensure_future', 'shield',
           'current_task', 'all_tasks', 'wait', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

_task_name_counter = [0]

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


class _TaskWakeup:
    # The done callback a Task puts on the future it awaits (one object per task, so it can be
    # found again by identity); `_asyncio_task` lets the future mark the task ready.
    def __init__(self, task):
        self._asyncio_task = task

    def __call__(self, future):
        self._asyncio_task._wakeup(future)


class Task(futures.Future):
    """A coroutine wrapped in a Future."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not _iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            _task_name_counter[0] += 1
            name = f'Task-{_task_name_counter[0]}'
        self._name = str(name)
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        self._wakeup_cb = _TaskWakeup(self)
        self._cid = _interleave.coro_new(f'{self._name} ({coro.__name__})')
        self._loop.call_soon(self._step)
        self._loop._all_tasks.append(self)

    def __repr__(self):
        info = self._state.lower()
        return f"<Task {info} name='{self._name}' coro=<{self._coro.__name__}()>>"

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self, state):
        _interleave.coro_state(self._cid, state)
        if self in self._loop._all_tasks:
            self._loop._all_tasks.remove(self)

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        outer = loop._current_task
        loop._current_task = self
        _interleave.coro_state(self._cid, 'running')
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
            self._finish('done')
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
            self._finish('done')
        except (KeyboardInterrupt, SystemExit) as error:
            futures.Future.set_exception(self, error)
            self._finish('failed')
            raise
        except BaseException as error:
            futures.Future.set_exception(self, error)
            self._finish('failed')
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if blocking:
                    result._asyncio_future_blocking = False
                    _interleave.coro_state(self._cid, 'suspended', result._res)
                    result.add_done_callback(self._wakeup_cb)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                else:
                    _interleave.coro_state(self._cid, 'ready')
                    self._loop.call_soon(self._step_with, RuntimeError(
                        f'yield was used instead of yield from in task {self!r} with {result!r}'))
            elif result is None:
                _interleave.coro_state(self._cid, 'ready')
                self._loop.call_soon(self._step)
            else:
                _interleave.coro_state(self._cid, 'ready')
                self._loop.call_soon(self._step_with, RuntimeError(f'Task got bad yield: {result!r}'))
        finally:
            loop._current_task = outer

    def _step_with(self, exc):
        self._step(exc)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a spawn task."""
    loop = events.get_running_loop()
    return loop.create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        return coro_or_future
    if _iscoroutine(coro_or_future):
        if loop is None:
            loop = events._get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(awaitable):
    return await awaitable


def current_task(loop=None):
    """Return a currently executed task."""
    if loop is None:
        loop = events.get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    """Return a set of all tasks for the loop."""
    if loop is None:
        loop = events.get_running_loop()
    return set(t for t in loop._all_tasks if not t.done())


class _Sleep0:
    # await asyncio.sleep(0): one bare yield, so the task goes to the back of the ready queue.
    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    future._res = loop._timer_resource()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()




# gather, shield, wait and wait_for live in asyncio.gathering (this file's second half).
from asyncio.gathering import _cancel_and_wait, gather, shield, wait, wait_for  # noqa: E402
from asyncio import gathering as _gathering  # noqa: E402

_gathering.ensure_future = ensure_future
