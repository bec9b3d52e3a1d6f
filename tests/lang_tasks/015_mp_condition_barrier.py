# multiprocessing.Condition with wait_for, and a Barrier whose wait() indices are all distinct.
from multiprocessing import Barrier, Condition, Process, Queue, Value


def wait_for_level(cond, level, q):
    with cond:
        ok = cond.wait_for(lambda: level.value >= 3, timeout=5)
    q.put(("level reached", ok, level.value))


def meet(barrier, q, n):
    index = barrier.wait()
    q.put(index)


if __name__ == "__main__":
    cond = Condition()
    level = Value("i", 0, lock=False)
    q = Queue()
    p = Process(target=wait_for_level, args=(cond, level, q))
    p.start()
    for _ in range(3):
        with cond:
            level.value += 1
            cond.notify_all()
    print(q.get())
    p.join()

    barrier = Barrier(3)
    print("parties:", barrier.parties)
    kids = [Process(target=meet, args=(barrier, q, n)) for n in range(2)]
    for k in kids:
        k.start()
    mine = barrier.wait()
    indices = sorted([q.get() for _ in kids] + [mine])
    for k in kids:
        k.join()
    print("indices:", indices)
