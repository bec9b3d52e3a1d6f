# gevent for Interleave: greenlets scheduled by a hub (gevent.hub) that switches to another
# greenlet whenever one waits, after gevent's documented behaviour. spawn() schedules a
# Greenlet on the hub; it starts when the spawning greenlet waits (sleep, join, joinall).
from gevent.hub import LoopExit, get_hub, sleep
from greenlet import GreenletExit, getcurrent, greenlet

__all__ = ('Greenlet', 'spawn', 'spawn_later', 'joinall', 'killall', 'sleep', 'getcurrent',
           'get_hub', 'GreenletExit', 'LoopExit', 'wait', 'idle')

_NONE = object()
_counter = [0]


class Greenlet(greenlet):
    """A greenlet run by the hub, with a result (value / exception) and joiners."""

    def __init__(self, run=None, *args, **kwargs):
        greenlet.__init__(self, parent=get_hub())
        self._run_fn = run
        self.args = args
        self.kwargs = kwargs
        self.value = None
        self._exception = _NONE
        self._links = []
        _counter[0] += 1
        self.name = f'Greenlet-{_counter[0]}'

    def _name(self):
        fn = getattr(self._run_fn, '__name__', None)
        return self.name + (f' ({fn})' if fn else '')

    def __repr__(self):
        return f'<Greenlet "{self.name}">'

    @property
    def exception(self):
        return None if self._exception is _NONE else self._exception

    def ready(self):
        return self.dead or self._exception is not _NONE

    def successful(self):
        return self._exception is None

    def start(self):
        get_hub().run_callback(self.switch)

    def start_later(self, seconds):
        get_hub().timer(seconds, self.switch)

    def run(self):
        try:
            result = self._run_fn(*self.args, **self.kwargs)
        except GreenletExit as stop:
            self.value = stop
            self._exception = None
        except BaseException as error:
            self._exception = error
            import _interleave
            _interleave.write_stderr(_interleave.format_exception(error) +
                                     f'{self!r} failed with {type(error).__name__}\n\n')
        else:
            self.value = result
            self._exception = None
        self._notify_links()

    def _notify_links(self):
        links, self._links = self._links, []
        hub = get_hub()
        for callback in links:
            hub.run_callback(callback, self)

    def rawlink(self, callback):
        if self.ready():
            get_hub().run_callback(callback, self)
        else:
            self._links.append(callback)

    link = rawlink

    def unlink(self, callback):
        self._links = [c for c in self._links if c is not callback]

    def join(self, timeout=None):
        if self.ready():
            return
        current = getcurrent()
        hub = get_hub()
        wake = _Wake(current)
        self.rawlink(wake)
        timer = hub.timer(timeout, wake) if timeout is not None else None
        try:
            hub.switch_out()
        finally:
            self.unlink(wake)
            if timer is not None:
                hub.cancel_timer(timer)

    def get(self, block=True, timeout=None):
        if not self.ready() and block:
            self.join(timeout)
        if self._exception is not _NONE and self._exception is not None:
            raise self._exception
        return self.value

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        if self.ready():
            return
        if not self:  # not started: it never runs
            self._dead = True
            self._started = True
            self.value = exception() if isinstance(exception, type) else exception
            self._exception = None
            self._notify_links()
            return
        get_hub().run_callback(self.throw, exception)
        if block:
            self.join(timeout)

    @classmethod
    def spawn(cls, run, *args, **kwargs):
        g = cls(run, *args, **kwargs)
        g.start()
        return g


class _Wake:
    def __init__(self, target):
        self.target = target
        self.done = False

    def __call__(self, *args):
        if not self.done:
            self.done = True
            self.target.switch()


def spawn(run, *args, **kwargs):
    """Create a Greenlet for run(*args, **kwargs) and schedule it to start."""
    return Greenlet.spawn(run, *args, **kwargs)


def spawn_later(seconds, run, *args, **kwargs):
    g = Greenlet(run, *args, **kwargs)
    g.start_later(seconds)
    return g


def joinall(greenlets, timeout=None, raise_error=False):
    """Wait for every greenlet to finish; returns those that did."""
    for g in greenlets:
        g.join(timeout)
        if raise_error and g.ready() and g.exception is not None:
            raise g.exception
    return [g for g in greenlets if g.ready()]


wait = joinall


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    for g in greenlets:
        g.kill(exception, block=False)
    if block:
        joinall(greenlets, timeout)


def idle(priority=0):
    sleep(0)
