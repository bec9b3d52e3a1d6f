# Plain-Python versions of the builtins that consume a whole iterable (list, tuple, set,
# frozenset, dict, sorted, sum, min, max, any, all, str.join), for Interleave's runtime.
#
# A builtin implemented in C++ runs a generator to completion in a nested interpreter run,
# which cannot be suspended: `sum(q.get() for _ in range(3))` would raise RuntimeError as soon
# as q.get() has to wait. When one of these builtins is called with a generator object as its
# iterable (and the usual arguments), the VM calls the function of the same role here instead
# (vm::Host::builtinFallback, engine/runtime/module_table.cpp), as an ordinary frame of the task:
# the generator is then stepped by `for` loops and can block, sleep or work() like any other code.
#
# Results and errors are those of the builtins (the C++ versions do the checking where they can:
# tuple(list), sep.join(list), list.sort, dict(list)); the traceback gains one frame in this file.
# Still not suspendable: a key function passed to sorted() (it runs inside list.sort), and lazy
# iterators (map, filter, zip, enumerate) whose function blocks: `list(map(f, xs))` calls f from
# C++ code.

_MISSING = object()


def list_(iterable):
    result = []
    append = result.append
    for item in iterable:
        append(item)
    return result


def tuple_(iterable):
    return tuple(list_(iterable))


def set_(iterable):
    result = set()
    add = result.add
    for item in iterable:
        add(item)
    return result


def frozenset_(iterable):
    return frozenset(set_(iterable))


def dict_(iterable):
    result = {}
    index = 0
    for pair in iterable:
        bad = False
        try:
            result.update((pair,))
        except (TypeError, ValueError):
            bad = True
        if bad:
            # Let the builtin raise its own error, naming the element's position.
            dict([(0, 0)] * index + [pair])
        index += 1
    return result


def sorted_(iterable, *, key=None, reverse=False):
    result = list_(iterable)
    result.sort(key=key, reverse=reverse)
    return result


def sum_(iterable, start=0):
    total = sum((), start)  # the builtin's checks of start (sum() can't sum strings...)
    for item in iterable:
        total = total + item
    return total


def max_(iterable, *, key=None, default=_MISSING):
    best = _MISSING
    best_key = None
    for item in iterable:
        k = item if key is None else key(item)
        if best is _MISSING or k > best_key:
            best = item
            best_key = k
    if best is _MISSING:
        if default is _MISSING:
            raise ValueError('max() arg is an empty sequence')
        return default
    return best


def min_(iterable, *, key=None, default=_MISSING):
    best = _MISSING
    best_key = None
    for item in iterable:
        k = item if key is None else key(item)
        if best is _MISSING or k < best_key:
            best = item
            best_key = k
    if best is _MISSING:
        if default is _MISSING:
            raise ValueError('min() arg is an empty sequence')
        return default
    return best


def any_(iterable):
    for item in iterable:
        if item:
            return True
    return False


def all_(iterable):
    for item in iterable:
        if not item:
            return False
    return True


def join_(sep, iterable):
    return sep.join(list_(iterable))
