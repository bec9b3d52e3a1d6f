# threading for Interleave: the Python half of the module, after CPython 3.11's threading.py.
# Locks and the blocking primitives are natives of _interleave (engine/runtime/natives); this
# file keeps what Python keeps in Python: Thread objects, names, the registry of live threads,
# Timer, excepthook, Condition.wait_for, and CPython's classes (reprs, argument checks) around
# the primitives' natives. One file, like CPython's: the validator only admits the supported
# module names, so it cannot import a private helper module.
import _interleave
from time import monotonic as _time

Lock = _interleave.Lock
RLock = _interleave.RLock
get_ident = _interleave.get_ident
get_native_id = _interleave.get_native_id
TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_allocate_lock = Lock

_active = {}
_counter = [0]


def _newname(name_template="Thread-%d"):
    _counter[0] += 1
    return name_template % _counter[0]


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not getattr(self, "_initialized", False):
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _interleave.start_thread(self._bootstrap, self._name, self._daemonic)
        _active[self._ident] = self

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._native_id = _interleave.get_native_id()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            _interleave.mark_failed()
            self._invoke_excepthook(exc)
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)

    def _invoke_excepthook(self, exc):
        # threading.excepthook is looked up when the thread fails: a script may replace it.
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        try:
            hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        except Exception as error:
            # What CPython prints for an error in the hook itself.
            error.__context__ = None
            text = _interleave.format_exception(error)
            _interleave.write_stderr("Exception in threading.excepthook:\n" + text)

    def join(self, timeout=None):
        if not getattr(self, "_initialized", False):
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        _interleave.join_thread(self._ident, timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        if self._is_stopped or not self._started:
            return False
        return _interleave.thread_alive(self._ident)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self

    def is_alive(self):
        return True


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        _active[self._ident] = self

    def is_alive(self):
        return True


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


def _after_fork():
    # The forking thread becomes the child's main thread; the parent's other threads do not
    # exist in the child (as after os.fork()).
    global _main_thread
    current = _active.get(_fork_ident[0])
    _active.clear()
    if current is None:
        current = _MainThread()
    else:
        current._ident = get_ident()
        current._native_id = get_native_id()
        _active[current._ident] = current
    _main_thread = current


_fork_ident = [None]
_main_thread = _MainThread()


# --- excepthook (CPython's _thread._ExceptHookArgs is a struct sequence: a tuple with names) ---

class ExceptHookArgs(tuple):
    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % (
            self[0], self[1], self[2], self[3])


def excepthook(args):
    if args.exc_type == SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    text = _interleave.format_exception(args.exc_value)
    _interleave.write_stderr("Exception in thread %s:\n%s" % (name, text))


__excepthook__ = excepthook


# --- tracing and stack size: nothing to trace in Interleave, the calls are accepted ---

_trace_hook = [None]
_profile_hook = [None]


def settrace(func):
    _trace_hook[0] = func


def gettrace():
    return _trace_hook[0]


def setprofile(func):
    _profile_hook[0] = func


def getprofile():
    return _profile_hook[0]


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


# --- the blocking primitives: CPython's classes around the natives of _interleave, which keep
# the state in the runtime (so a wait is named in the trace and the wait-for graph) ---

class Condition:
    def __init__(self, lock=None):
        self._cond = _interleave.Condition(lock)
        if lock is None:
            lock = self._cond._lock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, self._cond._waiters())

    def _is_owned(self):
        return self._cond._is_owned()

    def wait(self, timeout=None):
        return self._cond.wait(timeout)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        self._cond.notify(n)

    def notify_all(self):
        self._cond.notify_all()

    def notifyAll(self):
        self._cond.notify_all()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._sem = _interleave.Semaphore(value, False)

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    @property
    def _value(self):
        return self._sem.get_value()

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        return self._sem.acquire(blocking, timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._sem.release(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._sem = _interleave.Semaphore(value, True)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")


class Event:
    def __init__(self):
        self._event = _interleave.Event()

    def __repr__(self):
        cls = self.__class__
        status = "set" if self._flag else "unset"
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    @property
    def _flag(self):
        return self._event.is_set()

    def is_set(self):
        return self._event.is_set()

    def isSet(self):
        return self._event.is_set()

    def set(self):
        self._event.set()

    def clear(self):
        self._event.clear()

    def wait(self, timeout=None):
        return self._event.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    # The native's wait() answers an arrival index, -1 (broken) or -2: this thread arrived
    # last and runs the action before the others are released (see barrier.cpp).
    def __init__(self, parties, action=None, timeout=None):
        self._barrier = _interleave.Barrier(parties)
        self._action = action
        self._timeout = timeout
        self._parties = parties

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        index = self._barrier.wait(timeout)
        if index == -1:
            raise BrokenBarrierError
        if index == -2:
            try:
                if self._action:
                    self._action()
            except BaseException:
                self._barrier._fail()
                raise
            self._barrier._release()
            index = self._parties - 1
        return index

    def reset(self):
        self._barrier.reset()

    def abort(self):
        self._barrier.abort()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._barrier.n_waiting()

    @property
    def broken(self):
        return self._barrier.broken()


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
