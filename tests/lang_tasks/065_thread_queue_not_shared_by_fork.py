# A queue.Queue is not shared between processes: a forked child works on its own copy (with
# the items present at the fork), so the parent never sees what the child put.
import queue
from multiprocessing import Process, Queue


def child(q, report):
    first = q.get()
    q.put("from child")
    report.put((first, q.qsize(), q.unfinished_tasks))


if __name__ == "__main__":
    q = queue.Queue()
    q.put("before fork")
    report = Queue()
    p = Process(target=child, args=(q, report))
    p.start()
    print("child saw:", report.get())
    p.join()
    print("parent still has:", q.qsize(), q.get_nowait())
    try:
        q.get_nowait()
    except queue.Empty:
        print("parent: queue.Empty (the child's put stayed in the child)")
