# Generator send(): running averages, coroutine-style consumers.


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received


e = echo()
print(e.send(None))
print(e.send("a"), e.send("b"), e.send("c"))
print(e.send(None))
try:
    next(e)
except StopIteration:
    print("echo finished")


def accumulate():
    total = 0
    while True:
        step = yield total
        if step is None:
            step = 1
        total += step


acc = accumulate()
next(acc)
print([acc.send(s) for s in [5, None, 10, -3]])
print(next(acc))


def running_max():
    best = None
    while True:
        value = yield best
        if best is None or value > best:
            best = value


rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
fresh = averager()
try:
    fresh.send(5)
except TypeError as err:
    print("TypeError:", err)
