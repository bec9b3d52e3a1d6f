# Errors of builtins consuming generators match CPython's: empty max/min, sum of strings, bad
# join items, bad dict pairs, unhashable set items, incomparable items, exceptions raised by the
# generator, laziness of any()/all(); an uncaught empty max() ends the program.
import time


def gen(*items):
    for item in items:
        time.sleep(0.001)
        yield item


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


attempt("max empty", lambda: max(x for x in gen()))
attempt("min empty", lambda: min(x for x in gen()))
attempt("min default", lambda: min(gen(), default=-1))
attempt("max default", lambda: max(gen(3, 1), default=-1))
attempt("max key None", lambda: max(gen(3, 7, 1), key=None))
attempt("max key len", lambda: max(gen("ab", "abc", "x", "xyz"), key=len))
attempt("min key len", lambda: min(gen("ab", "abc", "x", "y"), key=len))
attempt("sum strs", lambda: sum(s for s in gen("a", "b")))
attempt("sum str start", lambda: sum(gen("a", "b"), ""))
attempt("sum lists", lambda: sum(gen([1], [2]), []))
attempt("sum floats", lambda: sum(gen(0.1, 0.2, 0.3)))
attempt("sum mixed", lambda: sum(gen(1, 2.5, True)))
attempt("sorted key reverse", lambda: sorted(gen("bb", "a", "ccc", "dd"), key=len, reverse=True))
attempt("sorted mixed", lambda: sorted(gen(1, "a")))
attempt("max mixed", lambda: max(gen(1, "a")))
attempt("join int", lambda: ",".join(x for x in gen("a", 1, "b")))
attempt("dict long", lambda: dict(p for p in gen((1, 2), (1, 2, 3))))
attempt("dict int", lambda: dict(p for p in gen(5)))
attempt("dict dup", lambda: dict(p for p in gen((1, "a"), (1, "b"), "xy")))
attempt("set unhashable", lambda: set(x for x in gen(1, [2])))
attempt("frozenset", lambda: frozenset(gen(1, 1, 2)) == frozenset({1, 2}))
attempt("tuple empty", lambda: tuple(gen()))


def raising():
    yield 1
    raise KeyError("boom")


attempt("list raising", lambda: list(raising()))
attempt("sum raising", lambda: sum(raising()))


def stop():
    yield 1
    raise StopIteration


attempt("list stop", lambda: list(stop()))

seen = []


def noisy():
    for i in range(5):
        seen.append(i)
        yield i


print("any", any(x == 1 for x in noisy()), seen)
seen.clear()
print("all", all(x < 2 for x in noisy()), seen)
g = noisy()
print("consumed", list(g), list(g))
print("bool items", any(gen(0, "", [])), all(gen(1, "x", [0])), all(gen()), any(gen()))
print(max(x for x in gen()))
