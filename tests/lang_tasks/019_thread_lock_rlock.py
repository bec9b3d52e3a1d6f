# threading.Lock and RLock: blocking/non-blocking/timeout acquire, locked(), errors on release.
import threading

lock = threading.Lock()
print("acquire:", lock.acquire(), "locked:", lock.locked())
print("acquire(blocking=False):", lock.acquire(blocking=False))
print("acquire(timeout=0.02):", lock.acquire(timeout=0.02))
lock.release()
print("locked after release:", lock.locked())
try:
    lock.release()
except RuntimeError as error:
    print("RuntimeError:", error)

results = []


def try_from_other_thread():
    results.append(lock.acquire(blocking=False))


lock.acquire()
t = threading.Thread(target=try_from_other_thread)
t.start()
t.join()
lock.release()
print("other thread while held:", results)

r = threading.RLock()
print("rlock:", r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as error:
    print("RuntimeError:", error)

r.acquire()


def release_foreign():
    try:
        r.release()
    except RuntimeError as error:
        results.append(str(error))


t = threading.Thread(target=release_foreign)
t.start()
t.join()
r.release()
print(results[-1])

with lock:
    print("inside with: locked", lock.locked())
print("after with: locked", lock.locked())
