# *args collection and *seq unpacking at call sites.


def total(*numbers):
    print("got", numbers, type(numbers).__name__)
    return sum(numbers)


print(total())
print(total(1))
print(total(1, 2, 3))
data = [4, 5, 6]
print(total(*data))
print(total(*data, *range(3)))
print(total(*(1, 2), 3, *[4]))


def first_and_rest(first, *rest):
    return first, rest


print(first_and_rest(1), first_and_rest(1, 2, 3), first_and_rest(*"abc"))


def join_all(sep, *parts):
    return sep.join(str(p) for p in parts)


print(join_all("-", 1, 2, 3), join_all(", ", "a"), repr(join_all("+")))


def max_of(*values, default=None):
    if not values:
        return default
    best = values[0]
    for v in values[1:]:
        if v > best:
            best = v
    return best


print(max_of(3, 9, 2), max_of(default="none"), max_of(*"hello"))


def log(level, msg, *args):
    text = msg % args if args else msg
    print(f"[{level}] {text}")


log("info", "started")
log("warn", "%d of %d failed", 2, 10)
log("error", "file %r missing", "data.csv")


def apply(func, *args, **kwargs):
    return func(*args, **kwargs)


print(apply(max, 3, 7, 5), apply(sorted, [3, 1, 2], reverse=True), apply(len, "four"))
print(apply(lambda *a: a[::-1], 1, 2, 3))


def count_args(*args, **kwargs):
    return len(args), len(kwargs)


print(count_args(), count_args(1, 2, x=3), count_args(*[0] * 5, **{"a": 1, "b": 2}))
