# multiprocessing.Value / Array and their raw forms (CPython's multiprocessing/sharedctypes.py).
# Every element is an _interleave.SharedValue cell living in the runtime, shared by every process
# that inherited it. The synchronized wrappers take their lock around each read and each write,
# so `v.value += 1` is still two steps another process can come between.
from multiprocessing.synchronize import RLock
import _interleave

_CTYPES = {"b": "c_byte", "B": "c_ubyte", "h": "c_short", "H": "c_ushort", "i": "c_int",
           "I": "c_uint", "l": "c_long", "L": "c_ulong", "q": "c_long", "Q": "c_ulong",
           "f": "c_float", "d": "c_double", "u": "c_wchar", "c": "c_char"}


class _RawValue:
    def __init__(self, typecode, args):
        self._cell = _interleave.SharedValue(typecode, *args)
        self._typecode = typecode

    @property
    def value(self):
        return self._cell.get()

    @value.setter
    def value(self, v):
        self._cell.set(v)

    def __repr__(self):
        return "%s(%r)" % (_CTYPES.get(self._typecode, "c_" + self._typecode), self._cell.get())


class _RawArray:
    def __init__(self, typecode, size_or_initializer):
        if isinstance(size_or_initializer, int):
            init = None
            size = size_or_initializer
        else:
            init = list(size_or_initializer)
            size = len(init)
        self._typecode = typecode
        self._cells = [_interleave.SharedValue(typecode) for _ in range(size)]
        if init is not None:
            self[:] = init

    def __len__(self):
        return len(self._cells)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [c.get() for c in self._cells[i]]
        if i < -len(self._cells) or i >= len(self._cells):
            raise IndexError("invalid index")
        return self._cells[i].get()

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            cells = self._cells[i]
            values = list(v)
            if len(values) != len(cells):
                raise ValueError("Can only assign sequence of same size")
            for c, x in zip(cells, values):
                c.set(x)
            return
        if i < -len(self._cells) or i >= len(self._cells):
            raise IndexError("invalid index")
        self._cells[i].set(v)

    def __iter__(self):
        return iter(self[:])

    def __repr__(self):
        return "<multiprocessing.sharedctypes.%s_Array_%d object>" % (
            _CTYPES.get(self._typecode, "c_" + self._typecode), len(self._cells))


def _lock_for(lock):
    if lock is True:
        return RLock()
    if not hasattr(lock, "acquire"):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


class Synchronized:
    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return "<%s wrapper for %r>" % (type(self).__name__, self._obj)


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v

    def __iter__(self):
        return iter(self[:])


def RawValue(typecode_or_type, *args):
    return _RawValue(typecode_or_type, args)


def RawArray(typecode_or_type, size_or_initializer):
    return _RawArray(typecode_or_type, size_or_initializer)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = _RawValue(typecode_or_type, args)
    if lock is False:
        return obj
    return Synchronized(obj, _lock_for(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = _RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return SynchronizedArray(obj, _lock_for(lock))
