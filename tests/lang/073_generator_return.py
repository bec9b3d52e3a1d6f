# Generator return values: StopIteration.value and yield from results.

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("returned:", stop.value, stop.args)

def empty_gen():
    return "nothing yielded"
    yield 1

try:
    next(empty_gen())
except StopIteration as stop:
    print("empty:", stop.value)

def no_return():
    yield 1

g2 = no_return()
next(g2)
try:
    next(g2)
except StopIteration as stop:
    print("no return value:", stop.value)

def worker(name, jobs):
    done = 0
    for job in jobs:
        yield f"{name} does {job}"
        done += 1
    return done

def manager():
    a = yield from worker("ann", ["x", "y"])
    b = yield from worker("bob", ["z"])
    return a + b

m = manager()
while True:
    try:
        print(next(m))
    except StopIteration as stop:
        print("total jobs:", stop.value)
        break

def summarize(values):
    total = 0
    for v in values:
        total += v
        yield total
    return total / len(values)

gen = summarize([2, 4, 9])
partials = []
while True:
    try:
        partials.append(next(gen))
    except StopIteration as stop:
        mean = stop.value
        break
print(partials, mean)
print(list(countdown(3)))
