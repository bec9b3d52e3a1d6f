# os.getpid()/os.getppid() in parent and child (compared, never printed); cpu_count.
import os
from multiprocessing import Process, Queue, cpu_count, current_process


def report(q):
    q.put((os.getpid(), os.getppid(), current_process().pid))


if __name__ == "__main__":
    q = Queue()
    p = Process(target=report, args=(q,))
    print("pid before start is None:", p.pid is None)
    p.start()
    child_pid, child_parent, child_self = q.get()
    p.join()
    print("child's parent is us:", child_parent == os.getpid())
    print("p.pid is the child's pid:", p.pid == child_pid == child_self)
    print("child pid differs from ours:", child_pid != os.getpid())
    print("current_process().pid in main:", current_process().pid == os.getpid())
    print("cpu_count agrees:", cpu_count() == os.cpu_count(), cpu_count() >= 1)
