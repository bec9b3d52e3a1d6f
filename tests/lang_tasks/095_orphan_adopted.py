# An orphan is adopted: once its parent is terminated, os.getppid() no longer names that parent.
import os
import time
from multiprocessing import Event, Process, Queue


def grandchild(q, first_parent):
    q.put(("before", os.getppid() == first_parent))
    time.sleep(0.2)
    q.put(("after", os.getppid() == first_parent))


def middle(q, started):
    Process(target=grandchild, args=(q, os.getpid())).start()
    started.set()
    time.sleep(10)


if __name__ == "__main__":
    q = Queue()
    started = Event()
    m = Process(target=middle, args=(q, started))
    m.start()
    started.wait()
    print(q.get())
    m.terminate()
    m.join()
    print("middle exitcode", m.exitcode)
    print(q.get())
