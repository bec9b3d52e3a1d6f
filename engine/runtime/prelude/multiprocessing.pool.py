# multiprocessing.pool for Interleave, after CPython 3.11's Lib/multiprocessing/pool.py. Worker
# processes (daemon ForkPoolWorker-N) loop over a shared task channel and put (job, index,
# (success, value)) on a result channel; a daemon thread of the parent fills the results and runs
# the callbacks. pool_update: busy = taken and unfinished tasks, pending = queued ones.
import os
import threading
import _interleave
import multiprocessing

RUN, CLOSE, TERMINATE = 0, 1, 2
_job_counter = [0]


def mapstar(args):
    # A comprehension, not list(map(...)): the job may block (sleep, locks), which Interleave
    # allows in Python frames only.
    func = multiprocessing._resolve(args[0])
    return [func(x) for x in args[1]]


def starmapstar(args):
    func = multiprocessing._resolve(args[0])
    return [func(*a) for a in args[1]]


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _report(pool_id, tasks, stopping, waiting=0):
    queued = tasks.qsize()
    busy = tasks.unfinished() - queued
    _interleave.pool_update(pool_id, max(busy, 0), max(queued - stopping.get(), 0) + waiting)


def worker(tasks, results, initializer, initargs, maxtasks, pool_id, stopping):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        ok, task = tasks.get()
        if task is None:
            tasks.task_done()
            results.put((-1, 0, None))
            return
        _report(pool_id, tasks, stopping)
        job, i, func, args, kwds = task
        try:
            result = (True, multiprocessing._resolve(func)(*args, **kwds))
        except Exception as e:
            e.__cause__ = RemoteTraceback('\n"""\n%s"""' % _interleave.format_exception(e))
            result = (False, e)
        results.put((job, i, result))
        tasks.task_done()
        _report(pool_id, tasks, stopping)
        completed += 1
    results.put((-1, 1, None))  # maxtasksperchild reached: the handler starts a replacement


class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None,
                 _kind="Pool"):
        self._state = RUN
        self._pool = []
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._cache = {}
        self._cond = threading.Condition(_interleave.Lock())
        self._tasks = _interleave.Channel(0, "fifo", True, "PoolTasks")
        self._results = _interleave.Channel(0, "fifo", True, "PoolResults")
        self._stopping = _interleave.SharedValue("i", 0)
        self._id = _interleave.pool_created(_kind, processes)
        self._kind = _kind
        self._live = 0
        for _ in range(processes):
            self._new_worker()
        if _kind == "Pool":
            # CPython starts three handler threads (workers, tasks, results): Thread-N stays aligned.
            threading._newname()
            threading._newname()
            self._handler = threading.Thread(target=self._handle_results, daemon=True)
        else:
            # ProcessPoolExecutor: CPython's one _ExecutorManagerThread.
            self._handler = threading.Thread(target=self._handle_results, name=threading._newname(), daemon=True)
        self._handler.start()

    def _new_worker(self):
        w = multiprocessing.ForkProcess(target=worker, args=(
            self._tasks, self._results, self._initializer, self._initargs,
            self._maxtasksperchild, self._id, self._stopping))
        if self._kind == "Pool":
            w.name = w.name.replace("Process", "PoolWorker")
            w.daemon = True
        else:
            w._ends_with_parent = True
        w.start()
        self._pool.append(w)
        self._live += 1

    def _handle_results(self):
        while True:
            ok, msg = self._results.get()
            if msg is None:
                return
            job, i, obj = msg
            if job < 0:
                self._live -= 1
                if i == 1 and (self._state == RUN or (self._cache and self._state != TERMINATE)):
                    self._new_worker()
                if self._live == 0 and self._state != RUN:
                    return
                continue
            r = self._cache.get(job)
            if r is not None:
                r._set(i, obj)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _put(self, job, i, func, args, kwds):
        self._tasks.put((job, i, multiprocessing._by_name(func), args, kwds))
        _report(self._id, self._tasks, self._stopping)

    def _apply_future(self, func, args, kwds, done, future):
        self._put(_FutureCall(self, done, future)._job, 0, func, args, kwds)

    def _report_pending(self, waiting):
        _report(self._id, self._tasks, self._stopping, waiting)

    def __repr__(self):
        state = ["RUN", "CLOSE", "TERMINATE"][self._state]
        return f"<{type(self).__module__}.{type(self).__qualname__} state={state} pool_size={len(self._pool)}>"

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put(result._job, 0, func, args, kwds)
        return result

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        if chunksize > 0:
            self._put_chunks(result._job, func, iterable, chunksize, mapper)
        return result

    def _put_chunks(self, job, func, items, chunksize, mapper):
        items = list(items)
        ref = multiprocessing._by_name(func)
        for n in range(0, len(items), chunksize):
            self._put(job, n // chunksize, mapper, ((ref, tuple(items[n:n + chunksize])),), {})
        return (len(items) + chunksize - 1) // chunksize

    def _imap(self, func, iterable, chunksize, result):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = result(self)
        count = 0
        if chunksize == 1:
            for x in iterable:
                self._put(result._job, count, func, (x,), {})
                count += 1
        else:
            count = self._put_chunks(result._job, func, iterable, chunksize, mapstar)
        result._set_length(count)
        # Interleave cannot block inside a builtin that drains an iterator (list(pool.imap(...))),
        # so the results are awaited here, in plain Python; the iterator then never waits.
        with self._cond:
            self._cond.wait_for(lambda: result._index == result._length)
        if chunksize == 1:
            return result
        return (item for chunk in result for item in chunk)

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, IMapIterator)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, IMapUnorderedIterator)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._stopping.set(self._processes)
            for _ in range(self._processes):
                self._tasks.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        self._results.put(None)
        _interleave.pool_update(self._id, 0, 0)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._handler.join()
        for w in list(self._pool):
            w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class _Job:
    # A job of the pool's cache: the result handler calls _set(index, (success, value)).
    def __init__(self, pool):
        _job_counter[0] += 1
        self._job = _job_counter[0]
        self._pool = pool
        self._cond = pool._cond
        self._cache = pool._cache
        self._cache[self._job] = self


class ApplyResult(_Job):
    def __init__(self, pool, callback, error_callback):
        _Job.__init__(self, pool)
        self._ready = False
        self._callback = callback
        self._error_callback = error_callback

    def ready(self):
        return self._ready

    def successful(self):
        if not self._ready:
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        with self._cond:
            self._cond.wait_for(self.ready, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._ready:
            raise multiprocessing.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _done(self):
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        with self._cond:
            self._ready = True
            self._cond.notify_all()
        del self._cache[self._job]
        self._pool = None

    def _set(self, i, obj):
        self._success, self._value = obj
        self._done()


AsyncResult = ApplyResult


class _FutureCall(_Job):
    # A call of concurrent.futures.ProcessPoolExecutor: its result completes a Future.
    def __init__(self, pool, done, future):
        _Job.__init__(self, pool)
        self._done = done
        self._future = future

    def _set(self, i, obj):
        del self._cache[self._job]
        self._done(self._future, obj[0], obj[1])


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._ready = True
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        elif not success and self._success:
            self._success = False
            self._value = result
        if self._number_left == 0:
            self._done()


class IMapIterator(_Job):
    def __init__(self, pool):
        _Job.__init__(self, pool)
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}

    def __iter__(self):
        return self

    def next(self, timeout=None):
        # Pool._imap() has waited for every result: this never blocks (nor times out).
        with self._cond:
            if not self._items:
                self._pool = None
                raise StopIteration
            success, value = self._items.pop(0)
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
            else:
                self._unsorted[i] = obj
            self._finish()

    def _finish(self):
        if self._index == self._length:
            self._cache.pop(self._job, None)
        self._cond.notify_all()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._finish()


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._finish()

