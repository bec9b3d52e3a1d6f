# Process details the other programs miss: sys.exit codes in a child, parent_process(),
# active_children(), kill() and the exitcode names in repr().
import os
import sys
import time
from multiprocessing import Process, Queue, active_children, current_process, parent_process


def child(q):
    pp = parent_process()
    q.put((current_process().name, pp.name, pp.pid == os.getppid(), pp.is_alive()))


def exits(code):
    sys.exit(code)


if __name__ == "__main__":
    print("main's parent:", parent_process(), "current:", current_process().name)
    q = Queue()
    p = Process(target=child, args=(q,))
    print(repr(p).split(" parent=")[0] + ">")
    p.start()
    print("child sees:", q.get())
    p.join()
    print(repr(p).split(" pid=")[0], "stopped exitcode=0" in repr(p))
    for code in [0, 3, None, "a message on stderr", 256 + 7]:
        e = Process(target=exits, args=(code,))
        e.start()
        e.join()
        print("sys.exit(%r) -> exitcode %s" % (code, e.exitcode))
    s = Process(target=time.sleep, args=(5,), daemon=True)
    s.start()
    print("active:", len(active_children()), s in active_children(), "daemon" in repr(s))
    s.kill()
    s.join()
    print("killed:", s.exitcode, "exitcode=-SIGKILL" in repr(s), active_children())
