# yield from: delegate to a sub-generator, pass send() and throw() through, get its return value.
def averager():
    total = 0
    count = 0
    while True:
        value = yield
        if value is None:
            return total / count if count else None
        total += value
        count += 1


def grouper(results, key):
    while True:
        results[key] = yield from averager()


results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)


def inner():
    try:
        x = yield "inner 1"
        print("  inner got", x)
        yield "inner 2"
    except KeyError:
        print("  inner caught KeyError")
        yield "inner recovered"
    return "inner result"


def outer():
    result = yield from inner()
    print("  outer got", repr(result))
    yield "outer done"


o = outer()
print(next(o))
print(o.send("hi"))
print(o.throw(KeyError("k")))
print(next(o))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), range(4, 6), "ab")))
