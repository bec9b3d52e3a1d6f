# multiprocessing for Interleave, after CPython 3.11's Lib/multiprocessing (process.py, queues.py,
# synchronize.py, sharedctypes.py). A Process is a forked copy of this interpreter:
# _interleave.start_process() deep-copies the modules and the Process object into a new process
# whose main thread runs _bootstrap(). Queues, pipes, locks and shared values are natives of
# _interleave that every process sees alike. Pool lives in multiprocessing.pool.
import os
import sys
import threading
import _interleave


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_exitcode_to_name = {-1: "-SIGHUP", -2: "-SIGINT", -6: "-SIGABRT", -9: "-SIGKILL", -15: "-SIGTERM"}
_process_counter = [0]
_children = []


class Process:
    _ends_with_parent = False  # daemon for the runtime only (executor workers, see pool.py)

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, "group argument must be None for now"
        _process_counter[0] += 1
        self._identity = _current_process._identity + (_process_counter[0],)
        self._config = dict(_current_process._config)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        if name:
            self._name = name
        else:
            self._name = type(self).__name__ + "-" + ":".join([str(i) for i in self._identity])
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._popen is None, "cannot start a process twice"
        assert self._parent_pid == os.getpid(), "can only start a process object created by current process"
        assert not _current_process._config.get("daemon"), "daemonic processes are not allowed to have children"
        _cleanup()
        threading._fork_ident[0] = threading.get_ident()
        self._popen = _interleave.start_process(self, self._name, self.daemon or self._ends_with_parent)
        del self._target, self._args, self._kwargs
        _children.append(self)

    def _bootstrap(self):
        # Runs in the child, on its copy of this object (fork semantics).
        global _current_process, _parent_process
        _children.clear()
        _process_counter[0] = 0
        _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
        _current_process = self
        threading._after_fork()
        exitcode = 1
        try:
            self.run()
            exitcode = 0
        except SystemExit as e:
            code = e.args[0] if len(e.args) == 1 else (e.args or None)
            if code is None:
                exitcode = 0
            elif isinstance(code, int):
                exitcode = code & 255
            else:
                _interleave.write_stderr(str(code) + "\n")
                exitcode = 1
        except BaseException as exc:
            _interleave.mark_failed()
            text = _interleave.format_exception(exc)
            _interleave.write_stderr("Process %s:\n%s" % (self.name, text))
        return exitcode

    def terminate(self):
        self._check_closed()
        if self._popen is not None and _interleave.process_alive(self._popen):
            _interleave.terminate_process(self._popen, 15)

    def kill(self):
        self._check_closed()
        if self._popen is not None and _interleave.process_alive(self._popen):
            _interleave.terminate_process(self._popen, 9)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), "can only join a child process"
        assert self._popen is not None, "can only join a started process"
        if timeout is not None and timeout < 0:
            timeout = 0
        if _interleave.join_process(self._popen, timeout):
            _discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), "can only test a child process"
        if self._popen is None:
            return False
        if _interleave.process_alive(self._popen):
            return True
        _discard(self)
        return False

    def close(self):
        if self._popen is not None:
            if _interleave.process_alive(self._popen):
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._exitcode_at_close = _interleave.process_exitcode(self._popen)
            self._popen = None
            _discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), "name must be a string"
        self._name = name

    @property
    def daemon(self):
        return self._config.get("daemon", False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, "process has already started"
        self._config["daemon"] = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return None
        return _interleave.process_exitcode(self._popen)

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        if self._popen is None:
            raise ValueError("process not started")
        return self._popen

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = "started"
        elif self._closed:
            status = "closed"
        elif self._parent_pid != os.getpid():
            status = "unknown"
        elif self._popen is None:
            status = "initial"
        else:
            exitcode = _interleave.process_exitcode(self._popen)
            status = "started" if exitcode is None else "stopped"
        info = [type(self).__name__, "name=%r" % self._name]
        if self._popen is not None:
            info.append("pid=%s" % self._popen)
        info.append("parent=%s" % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append("exitcode=%s" % _exitcode_to_name.get(exitcode, exitcode))
        if self.daemon:
            info.append("daemon")
        return "<%s>" % " ".join(info)


BaseProcess = Process


class ForkProcess(Process):
    pass


class _MainProcess(Process):
    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {"semprefix": "/mp"}

    def close(self):
        pass


class _ParentProcess(Process):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return _interleave.process_alive(self._pid)

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        _interleave.join_process(self._pid, timeout)


def _discard(p):
    if p in _children:
        _children.remove(p)


def _cleanup():
    for p in list(_children):
        if p._popen is not None and not _interleave.process_alive(p._popen):
            _discard(p)


def _by_name(func):
    # Functions travel by reference, as pickle sends them: the worker runs its own copy of a
    # module-level function (its globals are the worker's), not one copied with the task.
    mod = getattr(func, "__module__", None)
    qualname = getattr(func, "__qualname__", None)
    if type(func).__name__ != "function" or not mod or not qualname or "<" in qualname:
        return func
    obj = sys.modules.get(mod)
    for part in qualname.split("."):
        obj = getattr(obj, part, None)
    if obj is not func:
        return func
    return (mod, qualname)


def _resolve(func):
    if type(func) is not tuple:
        return func
    obj = sys.modules[func[0]]
    for part in func[1].split("."):
        obj = getattr(obj, part)
    return obj


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def active_children():
    _cleanup()
    return list(_children)


def cpu_count():
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError("cannot determine number of cpus")
    return n


def freeze_support():
    pass


def get_start_method(allow_none=False):
    return "fork"


def set_start_method(method, force=False):
    if method not in ("fork", "spawn", "forkserver"):
        raise ValueError("cannot find context for %r" % method)


def get_all_start_methods():
    return ["fork", "spawn", "forkserver"]


def get_context(method=None):
    import multiprocessing
    if method is not None:
        set_start_method(method)
    return multiprocessing


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    import multiprocessing.pool
    return multiprocessing.pool.Pool(processes, initializer, initargs, maxtasksperchild)


def Pipe(duplex=True):
    return _interleave.pipe(duplex)


_parent_process = None
_current_process = _MainProcess()

from multiprocessing.synchronize import Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore
from multiprocessing.queues import JoinableQueue, Queue, SimpleQueue
from multiprocessing.sharedctypes import Array, RawArray, RawValue, Value
