# A tiny round-robin scheduler of generator "tasks", like the coroutines Interleave shows.


def worker(name, steps):
    for i in range(steps):
        print(f"  {name} step {i + 1}/{steps}")
        yield
    return f"{name} done"


def producer(queue, items):
    for item in items:
        queue.append(item)
        print(f"  produced {item!r} (queue={len(queue)})")
        yield


def consumer(queue, count):
    got = []
    while len(got) < count:
        if queue:
            got.append(queue.pop(0))
            print(f"  consumed {got[-1]!r}")
        else:
            print("  consumer waits (queue empty)")
        yield
    return got


def run(tasks):
    ready = list(tasks.items())
    results = {}
    tick = 0
    while ready:
        tick += 1
        name, task = ready.pop(0)
        print(f"tick {tick}: run {name}")
        try:
            next(task)
            ready.append((name, task))
        except StopIteration as stop:
            results[name] = stop.value
            print(f"tick {tick}: {name} finished -> {stop.value!r}")
    return results


print(run({"A": worker("A", 2), "B": worker("B", 3)}))
q = []
print(run({"cons": consumer(q, 3), "prod": producer(q, ["x", "y", "z"])}))
print("queue left:", q)
