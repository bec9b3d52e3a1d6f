# Two threads take two locks in opposite orders with a sleep in between: each ends up holding
# one lock and waiting for the other, a wait-for cycle.
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()


def first():
    with lock_a:
        time.sleep(0.01)
        with lock_b:
            pass


def second():
    with lock_b:
        time.sleep(0.01)
        with lock_a:
            pass


t1 = threading.Thread(target=first, name="first")
t2 = threading.Thread(target=second, name="second")
t1.start()
t2.start()
t1.join()
t2.join()
