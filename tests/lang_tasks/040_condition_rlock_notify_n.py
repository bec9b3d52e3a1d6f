# Condition.wait() gives an RLock up entirely (however deep) and restores its depth; notify(n)
# wakes the n oldest waiters; two Conditions may share one Lock; misuse raises RuntimeError.
import threading

r = threading.RLock()
cond = threading.Condition(r)
got = []


def taker():
    with r:
        got.append("taker got the RLock")
        cond.notify()


with cond:
    with cond:
        t = threading.Thread(target=taker)
        t.start()
        print("notified:", cond.wait(5.0))
        print("owned again:", cond._is_owned(), repr(r).split(" owner")[0])
        r.release()
        print("one level left, still owned:", r._is_owned())
        r.acquire()
t.join()
print(got)

try:
    cond.wait()
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    cond.notify_all()
except RuntimeError as error:
    print("RuntimeError:", error)

plain = threading.Condition(threading.Lock())
with plain:
    print("wait(0):", plain.wait(0), "wait(-1):", plain.wait(-1))
    print("wait_for true at once:", plain.wait_for(lambda: 42))
    print("wait_for(timeout=0):", plain.wait_for(lambda: [], timeout=0))
print(repr(plain).startswith("<Condition(<unlocked _thread.lock object"), repr(plain).endswith(", 0)>"))

lock = threading.Lock()
wake = threading.Condition(lock)
done = threading.Condition(lock)
ready = [0]
order = []


def waiter(n):
    with wake:
        ready[0] += 1
        done.notify()
        wake.wait()
        order.append(n)
        done.notify()


workers = []
for n in range(4):
    w = threading.Thread(target=waiter, args=(n,))
    workers.append(w)
    w.start()
    with done:
        done.wait_for(lambda: ready[0] == n + 1)
with wake:
    wake.notify(2)
    done.wait_for(lambda: len(order) == 2)
    print("after notify(2):", sorted(order))
    wake.notify_all()
for w in workers:
    w.join()
print("after notify_all():", sorted(order))
