# close(): GeneratorExit at the paused yield; finally blocks run; ignoring it is an error.
def worker(name):
    try:
        while True:
            item = yield
            print(f"  {name} handles {item}")
    except GeneratorExit:
        print(f"  {name} got GeneratorExit")
        raise
    finally:
        print(f"  {name} cleans up")


w = worker("w1")
next(w)
w.send("a")
w.close()
print("closed")
w.close()
print("closing again does nothing")
try:
    w.send("b")
except StopIteration:
    print("send after close: StopIteration")

never_started = worker("w2")
never_started.close()
print("closing an unstarted generator runs nothing")


def stubborn():
    ignored = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("  ignoring GeneratorExit once")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as error:
    print("RuntimeError:", error)
s.close()
print("the second close() succeeds")


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns_on_close()
next(r)
print("close() returns:", r.close())
