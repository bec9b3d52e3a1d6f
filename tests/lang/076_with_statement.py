# with statement: __enter__ / __exit__, exception suppression, nesting.
events = []


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        events.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            events.append("exit " + self.name + " cleanly")
        else:
            events.append(f"exit {self.name} with {exc_type.__name__}: {exc}")
        return self.suppress


with Resource("a") as r:
    events.append("body uses " + r.name)
print(events)
events = []
with Resource("quiet", suppress=True):
    events.append("about to fail")
    raise ValueError("suppressed")
    events.append("never")
events.append("after with")
print(events)
events = []
try:
    with Resource("loud"):
        raise KeyError("k")
except KeyError as e:
    events.append("caught " + repr(e))
print(events)
events = []
with Resource("outer") as o, Resource("inner") as i:
    events.append(f"inside {o.name}+{i.name}")
print(events)


class Timer:
    def __init__(self):
        self.ticks = 0

    def __enter__(self):
        self.ticks = 0
        return self

    def __exit__(self, *args):
        print("timer saw", self.ticks, "ticks")
        return False


with Timer() as t:
    for _ in range(5):
        t.ticks += 1


def use(flag):
    with Resource("fn"):
        if flag:
            return "early return"
    return "normal"


events = []
print(use(True), use(False), events)
events = []
for n in range(3):
    with Resource(f"loop{n}", suppress=True):
        if n == 1:
            continue
        if n == 2:
            raise RuntimeError("in loop")
print(events)
