# concurrent.futures.ThreadPoolExecutor for Interleave, after CPython 3.11's
# Lib/concurrent/futures/thread.py: work items go through a queue to worker threads named
# ThreadPoolExecutor-N_M, started one per submit until max_workers (unless one is idle).
# Occupancy goes to the summary through _interleave.pool_update: busy = items a worker took
# and has not finished (the channel's unfinished count minus its length), pending = queued.
import os
import threading
import _interleave
import concurrent.futures as _base

_counter = [0]
_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# The runtime ends daemon threads at exit. When threading offers CPython's _register_atexit, the
# workers are ordinary threads that finish the queued work at exit, as in CPython.
_use_atexit = hasattr(threading, "_register_atexit")
if _use_atexit:
    threading._register_atexit(_python_exit)


class BrokenThreadPool(_base.BrokenExecutor):
    pass


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            _base._log_exception("Exception in initializer:", exc)
            executor._initializer_failed()
            return
    while True:
        ok, work_item = work_queue.get()
        if work_item is not None:
            executor._report()
            work_item.run()
            work_item = None
            work_queue.task_done()
            executor._report()
            executor._idle_semaphore.release()
            continue
        work_queue.task_done()
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            work_queue.put(None)
            return


class ThreadPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _interleave.Channel(0, "fifo", False, "SimpleQueue")
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % _counter[0]
            _counter[0] += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._pool_id = _interleave.pool_created("ThreadPoolExecutor", max_workers)

    def _report(self):
        queued = self._work_queue.qsize()
        busy = self._work_queue.unfinished() - queued
        if self._shutdown and queued > 0:
            queued -= 1  # the None that tells the workers to stop
        _interleave.pool_update(self._pool_id, max(busy, 0), max(queued, 0))

    def submit(self, fn, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _shutdown:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._report()
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = "%s_%d" % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker, daemon=not _use_atexit,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.append(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ("A thread initializer failed, the thread pool is not usable anymore")
            while True:
                work_item = self._work_queue.get(False, empty=None)
                if work_item is None:
                    break
                self._work_queue.task_done()
                work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    work_item = self._work_queue.get(False, empty=None)
                    if work_item is None:
                        break
                    self._work_queue.task_done()
                    work_item.future.cancel()
            self._work_queue.put(None)
            self._report()
        if wait:
            for t in self._threads:
                t.join()
