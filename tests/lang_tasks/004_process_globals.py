# Globals are copied into a child process, not shared; a thread shares them; Value shares.
import threading
from multiprocessing import Process, Queue, Value

counter = 100
items = ["parent"]


def change(q):
    global counter
    counter += 1
    items.append("child")
    q.put((counter, list(items)))


def change_in_thread():
    global counter
    counter += 1
    items.append("thread")


def add(shared):
    with shared.get_lock():
        shared.value += 5


if __name__ == "__main__":
    q = Queue()
    p = Process(target=change, args=(q,))
    p.start()
    print("child saw:", q.get())
    p.join()
    print("parent after child:", counter, items)
    t = threading.Thread(target=change_in_thread)
    t.start()
    t.join()
    print("parent after thread:", counter, items)
    shared = Value("i", 1)
    kids = [Process(target=add, args=(shared,)) for _ in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    print("shared value:", shared.value)
