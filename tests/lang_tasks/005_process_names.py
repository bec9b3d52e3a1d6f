# Default process names: Process-N counts every Process object; a child's children are
# named Process-N:M; current_process() inside the child; MainProcess in the parent.
from multiprocessing import Process, Queue, current_process


def report(q):
    q.put(current_process().name)


def spawner(q):
    q.put(current_process().name)
    kids = [Process(target=report, args=(q,)) for _ in range(2)]
    for k in kids:
        k.start()
        k.join()


if __name__ == "__main__":
    print(current_process().name)
    q = Queue()
    a = Process(target=report, args=(q,))
    b = Process(target=report, args=(q,), name="bee")
    c = Process(target=spawner, args=(q,))
    print([a.name, b.name, c.name])
    for p in [a, b, c]:
        p.start()
        p.join()
    # Sorted: CPython's queue feeder threads may deliver the spawner's name after its child's.
    print(sorted(q.get() for _ in range(5)))
    print("daemon flags:", a.daemon, Process(target=report, daemon=True).daemon)
