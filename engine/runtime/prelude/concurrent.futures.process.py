# concurrent.futures.ProcessPoolExecutor for Interleave, on multiprocessing.pool's workers
# (processes named ForkProcess-N, started at the first submit as CPython 3.11 does with fork).
# As in CPython, a future is marked running when it is handed to the workers' call queue, which
# holds at most max_workers + 1 calls beyond those running; the others stay pending (and can be
# cancelled) until a result frees a place. Results come back through the pool's result handler
# thread, which completes the futures in the parent.
import os
import threading
import concurrent.futures as _base

EXTRA_QUEUED_CALLS = 1


class BrokenProcessPool(_base.BrokenExecutor):
    pass


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._pool = None
        self._pending = []     # [future, fn, args, kwargs] not yet handed to the workers
        self._in_flight = 0    # handed to the workers and not finished
        self._shutdown_thread = False
        self._broken = False
        self._lock = threading.Lock()

    def _start(self):
        import multiprocessing.pool
        self._pool = multiprocessing.pool.Pool(self._max_workers, self._initializer, self._initargs,
                                               self._max_tasks_per_child, _kind="ProcessPoolExecutor")

    def _feed(self):
        # Called with self._lock held: hand pending calls to the workers while there is room.
        while self._pending and self._in_flight < self._max_workers + EXTRA_QUEUED_CALLS:
            f, fn, args, kwargs = self._pending.pop(0)
            if not f.set_running_or_notify_cancel():
                continue
            self._in_flight += 1
            self._pool._apply_future(fn, args, kwargs, self._done, f)
        self._pool._report_pending(len(self._pending))

    def _done(self, f, success, value):
        with self._lock:
            self._in_flight -= 1
            self._feed()
        if success:
            f.set_result(value)
        else:
            f.set_exception(value)

    def submit(self, fn, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _base.thread._shutdown:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            if self._pool is None:
                self._start()
            f = _base.Future()
            self._pending.append([f, fn, args, kwargs])
            self._feed()
            return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            if self._shutdown_thread:
                pending = []
            else:
                self._shutdown_thread = True
                pending = self._pending if cancel_futures else []
                if cancel_futures:
                    self._pending = []
        for item in pending:
            item[0].cancel()
        if self._pool is None:
            return
        if wait:
            with self._lock:
                outstanding = [item[0] for item in self._pending]
            _base.wait(outstanding)
            self._pool.close()
            self._pool.join()
