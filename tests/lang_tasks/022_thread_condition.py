# Condition: wait_for a predicate, notify(n) wakes at most n waiters, notify_all the rest.
import threading

cond = threading.Condition()
tickets = []
served = []
waiting = [0]


def customer(n):
    with cond:
        waiting[0] += 1
        cond.notify_all()                      # tell the main thread one more is waiting
        cond.wait_for(lambda: len(tickets) > 0)
        served.append((n, tickets.pop(0)))
        cond.notify_all()                      # tell the main thread someone was served


customers = [threading.Thread(target=customer, args=(n,)) for n in range(4)]
for c in customers:
    c.start()
with cond:
    cond.wait_for(lambda: waiting[0] == 4)
    print("all four are waiting")
    tickets.append("t1")
    cond.notify(1)
with cond:
    cond.wait_for(lambda: len(served) == 1)
    print("served one:", len(served), "tickets left:", tickets)
    tickets.extend(["t2", "t3", "t4"])
    cond.notify_all()
for c in customers:
    c.join()
print("tickets handed out:", sorted([t for _, t in served]))
print("customers served:", sorted([n for n, _ in served]))
with cond:
    print("wait(0.02) with no notify:", cond.wait(0.02))
    print("wait_for(False, 0.02):", cond.wait_for(lambda: False, timeout=0.02))
try:
    cond.notify()
except RuntimeError as error:
    print("RuntimeError:", error)
