# gevent's hub for Interleave, after gevent's documented behaviour: one hub greenlet per thread
# runs an event loop (callbacks in FIFO order, timers on the runtime's virtual clock). A greenlet
# that waits (gevent.sleep, join, a queue) arranges to be switched back to and switches to the
# hub; with nothing to run the hub sleeps its thread until the next timer
# (_interleave.loop_idle), so virtual time advances exactly.
import _interleave
import time
from greenlet import getcurrent, greenlet

__all__ = ('get_hub', 'Hub', 'LoopExit', 'sleep', 'Waiter')


class LoopExit(Exception):
    """The hub has nothing left to run: the waiting greenlet would block for ever."""
    __module__ = 'gevent.exceptions'


class Hub(greenlet):
    def __init__(self, parent):
        greenlet.__init__(self, parent=parent)
        self._callbacks = []
        self._timers = []   # [when, seq, callback, args], sorted
        self._seq = 0
        self._res = _interleave.loop_new()

    def _name(self):
        return 'Hub'

    def run_callback(self, callback, *args):
        self._callbacks.append((callback, args))
        _interleave.loop_ready(self._res, len(self._callbacks), True)

    def timer(self, seconds, callback, *args):
        self._seq += 1
        entry = [time.monotonic() + seconds, self._seq, callback, args]
        i = len(self._timers)
        while i > 0 and self._timers[i - 1][0] > entry[0]:
            i -= 1
        self._timers.insert(i, entry)
        return entry

    def cancel_timer(self, entry):
        if entry in self._timers:
            self._timers.remove(entry)

    def run(self):
        while True:
            while self._callbacks:
                callback, args = self._callbacks.pop(0)
                _interleave.loop_ready(self._res, len(self._callbacks), False)
                callback(*args)
            if not self._timers:
                self.parent.throw(LoopExit('This operation would block forever'))
                continue
            delay = self._timers[0][0] - time.monotonic()
            if delay > 0:
                _interleave.loop_idle(self._res, delay)
            end = time.monotonic() + 1e-09
            while self._timers and self._timers[0][0] < end:
                entry = self._timers.pop(0)
                self.run_callback(entry[2], *entry[3])

    def switch_out(self):
        """From a greenlet that waits: run the hub until something switches back."""
        if getcurrent() is self:
            raise RuntimeError('Cannot switch to the hub from the hub')
        return self.switch()


_hubs = {}  # thread ident -> its hub


def get_hub():
    ident = _interleave.get_ident()
    hub = _hubs.get(ident)
    if hub is None:
        main = getcurrent()
        while main.parent is not None:
            main = main.parent
        hub = Hub(main)
        _hubs[ident] = hub
    return hub


def sleep(seconds=0, ref=True):
    """Put the current greenlet to sleep for `seconds`; others run meanwhile."""
    hub = get_hub()
    current = getcurrent()
    if seconds <= 0:
        hub.run_callback(current.switch)
    else:
        hub.timer(seconds, current.switch)
    hub.switch_out()


class Waiter:
    """A one-shot hand-over from the hub to a waiting greenlet."""

    def __init__(self):
        self.greenlet = None
        self.value = None

    def switch(self, value=None):
        if self.greenlet is not None:
            self.greenlet.switch(value)

    def get(self):
        self.greenlet = getcurrent()
        return get_hub().switch_out()
