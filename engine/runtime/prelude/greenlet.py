# greenlet for Interleave, after the greenlet library's documented behaviour. A greenlet has
# frames of its own; switch() moves its thread onto another greenlet's frames
# (_interleave.greenlet_switch) and returns when some greenlet switches back. Values travel in
# the target's `_transfer`; a greenlet that ends hands its result (or exception) to its parent.
# Each greenlet is a coroutine of the trace inside its thread.
import _interleave

__all__ = ('greenlet', 'getcurrent', 'GreenletExit', 'error')


class GreenletExit(BaseException):
    """Raised in a greenlet by throw() with no argument; it ends the greenlet quietly."""
    __module__ = 'greenlet'


class error(Exception):
    __module__ = 'greenlet'


_by_id = {}  # greenlet id of the runtime -> its greenlet object


class greenlet:
    """A function run as a coroutine that switches explicitly."""

    def __init__(self, run=None, parent=None):
        if run is not None:
            self.run = run
        self.parent = parent if parent is not None else getcurrent()
        self._gid = -1
        self._started = False
        self._dead = False
        self._transfer = None

    def run(self, *args, **kwargs):
        raise AttributeError('run')

    @property
    def dead(self):
        return self._dead

    def __bool__(self):
        return self._started and not self._dead

    def __repr__(self):
        state = 'dead' if self._dead else ('active' if self._started else 'pending')
        return f'<{type(self).__name__} object ({state})>'

    def switch(self, *args, **kwargs):
        return _switch_to(self, (args, kwargs), None)

    def throw(self, typ=None, val=None, tb=None):
        if typ is None:
            typ = GreenletExit
        if isinstance(typ, BaseException):
            exc = typ
        elif isinstance(val, BaseException):
            exc = val
        elif val is None:
            exc = typ()
        else:
            exc = typ(val)
        return _switch_to(self, None, exc)

    def _name(self):
        run = getattr(self, 'run', None)
        return 'greenlet (' + getattr(run, '__name__', '?') + ')'


class _MainGreenlet(greenlet):
    def __init__(self, gid):
        self.parent = None
        self._gid = gid
        self._started = True
        self._dead = False
        self._transfer = None


def getcurrent():
    """The greenlet running now (the thread's main greenlet at first)."""
    gid = _interleave.greenlet_current()
    g = _by_id.get(gid)
    if g is None:
        g = _MainGreenlet(gid)
        _by_id[gid] = g
    return g


def _unpack(pack):
    args, kwargs = pack
    if kwargs:
        return (args, kwargs) if args else kwargs
    if len(args) == 1:
        return args[0]
    return args


def _switch_to(target, pack, exc):
    current = getcurrent()
    while target._dead:  # a switch to a dead greenlet goes to its parent
        target = target.parent
    if exc is not None and not target._started:
        # Killed before it ran: it never runs, and its parent gets the outcome.
        target._dead = True
        target._started = True
        if isinstance(exc, GreenletExit):
            pack, exc = ((exc,), {}), None
        target = target.parent
        while target._dead:
            target = target.parent
    if target is current:
        if exc is not None:
            raise exc
        return _unpack(pack)
    target._transfer = (pack, exc)
    if not target._started:
        target._started = True
        target._gid = _interleave.greenlet_new(_bootstrap, target, target._name())
        _by_id[target._gid] = target
    _interleave.greenlet_switch(target._gid)
    return _receive(current)


def _receive(current):
    pack, exc = current._transfer
    current._transfer = None
    if exc is not None:
        raise exc
    return _unpack(pack)


def _bootstrap(g):
    # The bottom frame of every greenlet: runs g.run with the first switch's arguments, then
    # hands the outcome to the parent and ends.
    pack, exc = g._transfer
    g._transfer = None
    result_pack = None
    result_exc = None
    try:
        if exc is not None:
            raise exc
        args, kwargs = pack
        result = g.run(*args, **kwargs)
        result_pack = ((result,), {})
    except GreenletExit as stop:
        result_pack = ((stop,), {})
    except BaseException as error:
        result_exc = error
    g._dead = True
    parent = g.parent
    while parent._dead:
        parent = parent.parent
    parent._transfer = (result_pack, result_exc)
    _interleave.greenlet_switch(parent._gid, 1 if result_exc is None else 2)
