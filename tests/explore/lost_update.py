# The lost-update counter of issue 7: two threads each add 1 twice to a global without a lock.
# `counter += 1` is load, add, store; a switch between a thread's load and its store loses the
# other thread's update, and the assert fails. Only some schedules do that: `explore --gil off`
# finds one (with the new GIL's 5 ms switch interval no switch falls inside these few instructions).
import threading

counter = 0


def add():
    global counter
    for _ in range(2):
        counter += 1


workers = [threading.Thread(target=add) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
assert counter == 4, f"lost an update: counter is {counter}"
