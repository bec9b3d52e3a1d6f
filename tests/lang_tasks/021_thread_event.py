# Event: wait(timeout) returns False until set, True after; several waiters released at once.
import threading

ready = threading.Event()
print("is_set:", ready.is_set())
print("wait(0.02):", ready.wait(0.02))
woke = []
lock = threading.Lock()


def waiter(n):
    flag = ready.wait()
    with lock:
        woke.append((n, flag))


waiters = [threading.Thread(target=waiter, args=(n,)) for n in range(4)]
for w in waiters:
    w.start()
ready.set()
for w in waiters:
    w.join()
print("woke:", sorted(woke))
print("is_set:", ready.is_set(), "wait():", ready.wait(), "wait(0):", ready.wait(0))
ready.clear()
print("after clear:", ready.is_set(), ready.wait(0.01))
