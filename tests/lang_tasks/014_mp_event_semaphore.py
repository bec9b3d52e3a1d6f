# multiprocessing.Event gates children; Semaphore(2) caps how many run at once.
import time
from multiprocessing import Event, Lock, Process, Queue, Semaphore, Value


def waiter(go, q, n):
    go.wait()
    q.put(n)


def limited(slots, running, most, stats):
    with slots:
        with stats:
            running.value += 1
            most.value = max(most.value, running.value)
        time.sleep(0.02)
        with stats:
            running.value -= 1


if __name__ == "__main__":
    go = Event()
    q = Queue()
    kids = [Process(target=waiter, args=(go, q, n)) for n in range(3)]
    for k in kids:
        k.start()
    print("is_set before:", go.is_set())
    print("wait(0.05) before set:", go.wait(0.05))
    go.set()
    print("released:", sorted([q.get() for _ in kids]))
    for k in kids:
        k.join()
    print("wait() after set:", go.wait())
    go.clear()
    print("is_set after clear:", go.is_set())

    slots = Semaphore(2)
    stats = Lock()
    running = Value("i", 0, lock=False)
    most = Value("i", 0, lock=False)
    kids = [Process(target=limited, args=(slots, running, most, stats)) for _ in range(5)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    print("at most 2 at once:", most.value <= 2, "running now:", running.value)
    print("semaphore acquire x2:", slots.acquire(), slots.acquire())
    print("third acquire(timeout=0.01):", slots.acquire(timeout=0.01))
