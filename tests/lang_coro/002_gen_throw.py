# throw(): raise an exception at the paused yield; the generator may handle it and go on.
def resilient():
    errors = 0
    while True:
        try:
            value = yield errors
            print("  value", value)
        except ValueError as error:
            errors += 1
            print("  handled", error)


g = resilient()
next(g)
g.send(1)
print("throw ->", g.throw(ValueError("bad input")))
print("throw ->", g.throw(ValueError("worse input")))
print("send ->", g.send(2))
try:
    g.throw(KeyError("not handled"))
except KeyError as error:
    print("propagated:", repr(error))
try:
    next(g)
except StopIteration:
    print("the generator is finished")


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup in finally")


h = guarded()
print(next(h))
try:
    h.throw(RuntimeError("stop"))
except RuntimeError as error:
    print("RuntimeError:", error)
