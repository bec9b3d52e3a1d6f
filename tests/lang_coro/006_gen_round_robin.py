# A tiny cooperative scheduler: generators are tasks, every yield gives the turn to the next.
def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    print(f"{name} done")


def run(tasks):
    ready = list(tasks)
    turns = 0
    while ready:
        current = ready.pop(0)
        try:
            next(current)
            ready.append(current)
        except StopIteration:
            pass
        turns += 1
    return turns


print("turns:", run([task("A", 3), task("B", 1), task("C", 2)]))


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


g = countdown(3)
print(list(g), next(g, "exhausted"))
try:
    next(countdown(0))
except StopIteration as stop:
    print("StopIteration value:", stop.value)
