# threading for Interleave: the Python half of the module, after CPython 3.11's threading.py.
# Locks and the blocking primitives are natives of _interleave (engine/runtime/natives); this
# file keeps what Python keeps in Python: Thread objects, names, the registry of live threads.
import _interleave

Lock = _interleave.Lock
RLock = _interleave.RLock
get_ident = _interleave.get_ident
get_native_id = _interleave.get_native_id
TIMEOUT_MAX = 9223372036.0

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
            text = _interleave.format_exception(exc)
            _interleave.write_stderr("Exception in thread %s:\n%s" % (self._name, text))
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)

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
