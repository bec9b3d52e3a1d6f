# Semaphore counts; BoundedSemaphore refuses to go above its start value.
import threading
import time

s = threading.Semaphore(2)
print("acquire x2:", s.acquire(), s.acquire())
print("third, non-blocking:", s.acquire(blocking=False))
print("third, timeout=0.02:", s.acquire(timeout=0.02))
s.release()
s.release()
s.release()
print("a plain Semaphore may grow: three acquires:", s.acquire(), s.acquire(), s.acquire())

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as error:
    print("ValueError:", error)

try:
    threading.Semaphore(-1)
except ValueError as error:
    print("ValueError:", error)

slots = threading.Semaphore(2)
guard = threading.Lock()
inside = [0]
most = [0]
done = []


def job(n):
    with slots:
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.01)
        with guard:
            inside[0] -= 1
            done.append(n)


workers = [threading.Thread(target=job, args=(n,)) for n in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("never more than 2 at once:", most[0] <= 2, "done:", sorted(done))
s2 = threading.Semaphore()
print("default value 1:", s2.acquire(blocking=False), s2.acquire(blocking=False))
