# Value with get_lock(), a separate multiprocessing.Lock, and RLock re-entrancy.
from multiprocessing import Lock, Process, RLock, Value


def add_many(total, times):
    for _ in range(times):
        with total.get_lock():
            total.value += 1


def add_with_lock(total, lock, times):
    for _ in range(times):
        lock.acquire()
        total.value += 2
        lock.release()


if __name__ == "__main__":
    total = Value("i", 0)
    kids = [Process(target=add_many, args=(total, 200)) for _ in range(4)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    print("with get_lock:", total.value)

    plain = Value("i", 0, lock=False)
    lock = Lock()
    kids = [Process(target=add_with_lock, args=(plain, lock, 100)) for _ in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    print("with a Lock:", plain.value)

    ratio = Value("d", 1.5)
    ratio.value *= 3
    print("double:", ratio.value)

    print("acquire:", lock.acquire())
    print("acquire(block=False) again:", lock.acquire(block=False))
    print("acquire(timeout=0.01) again:", lock.acquire(timeout=0.01))
    lock.release()
    r = RLock()
    print("rlock twice:", r.acquire(), r.acquire())
    r.release()
    r.release()
    try:
        r.release()
    except AssertionError as error:
        print("AssertionError:", error)
