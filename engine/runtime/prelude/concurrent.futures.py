# concurrent.futures for Interleave, after CPython 3.11's Lib/concurrent/futures/_base.py:
# Future, wait, as_completed, Executor and the exceptions. The executors live in
# concurrent.futures.thread and concurrent.futures.process.
#
# One Condition (on an RLock) guards every Future of a process and wakes their waiters: a
# waiter re-checks its own futures after each change. Futures that finish get a sequence
# number, so as_completed() yields them in the order they finished.
import threading
import time
import _interleave

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"
_AS_COMPLETED = "_AS_COMPLETED"

PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]
_STATE_TO_DESCRIPTION_MAP = {PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
                             CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished"}
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_NOTIFIED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)  # what wait() and as_completed() count

_cond = threading.Condition(_interleave.RLock())
_seq = [0]


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


def _log_exception(message, exc):
    _interleave.write_stderr(message + "\n" + _interleave.format_exception(exc))


class Future:
    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._seq = 0
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _log_exception("exception calling callback for %r" % self, exc)

    def __repr__(self):
        desc = _STATE_TO_DESCRIPTION_MAP[self._state]
        if self._state == FINISHED:
            if self._exception:
                return "<%s at %#x state=%s raised %s>" % (
                    self.__class__.__name__, id(self), desc, self._exception.__class__.__name__)
            return "<%s at %#x state=%s returned %s>" % (
                self.__class__.__name__, id(self), desc, self._result.__class__.__name__)
        return "<%s at %#x state=%s>" % (self.__class__.__name__, id(self), desc)

    def cancel(self):
        with _cond:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            _cond.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def _get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with _cond:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _log_exception("exception calling callback for %r" % self, exc)

    def _wait(self, timeout):
        if timeout is not None and timeout <= 0:
            return
        with _cond:
            if self._state not in _DONE_STATES:
                _cond.wait_for(self.done, timeout)

    def result(self, timeout=None):
        self._wait(timeout)
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state == FINISHED:
            return self._get_result()
        raise TimeoutError()

    def exception(self, timeout=None):
        self._wait(timeout)
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state == FINISHED:
            return self._exception
        raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with _cond:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                _seq[0] += 1
                self._seq = _seq[0]
                _cond.notify_all()
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
        raise RuntimeError("Future in unexpected state")

    def _finish(self, result, exception):
        with _cond:
            if self._state in _DONE_STATES:
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            _seq[0] += 1
            self._seq = _seq[0]
            _cond.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)


class DoneAndNotDoneFutures(tuple):
    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


def _unique(fs):
    seen = set()
    out = []
    for f in fs:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def as_completed(fs, timeout=None):
    if timeout is not None:
        end_time = timeout + time.monotonic()
    pending = _unique(fs)
    total = len(pending)
    with _cond:
        finished = [f for f in pending if f._state in _NOTIFIED_STATES]
        pending = [f for f in pending if f._state not in _NOTIFIED_STATES]
    for f in finished:
        yield f
    while pending:
        if timeout is None:
            wait_timeout = None
        else:
            wait_timeout = end_time - time.monotonic()
            if wait_timeout <= 0:
                raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
        with _cond:
            _cond.wait_for(lambda: any([f._state in _NOTIFIED_STATES for f in pending]), wait_timeout)
            finished = [f for f in pending if f._state in _NOTIFIED_STATES]
            pending = [f for f in pending if f._state not in _NOTIFIED_STATES]
        finished.sort(key=lambda f: f._seq)
        for f in finished:
            yield f


def _wait_over(fs, return_when):
    done = [f for f in fs if f._state in _NOTIFIED_STATES]
    if return_when == FIRST_COMPLETED and done:
        return True
    if return_when == FIRST_EXCEPTION:
        for f in done:
            if f._state == FINISHED and f._exception is not None:
                return True
    return len(done) == len(fs)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    with _cond:
        _cond.wait_for(lambda: _wait_over(fs, return_when), timeout)
        done = set([f for f in fs if f._state in _NOTIFIED_STATES])
    return DoneAndNotDoneFutures((done, fs - done))


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Executor:
    def submit(self, fn, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        # Interleave cannot block inside a builtin that drains an iterator (list(ex.map(...))),
        # so map() waits here, in plain Python, for the results (or the timeout); the iterator
        # it returns then raises, times out and cancels in input order as CPython's does.
        for f in fs:
            f._wait(None if timeout is None else end_time - time.monotonic())
            if f._state != FINISHED or f._exception is not None:
                break

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


from concurrent.futures.thread import BrokenThreadPool, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor
