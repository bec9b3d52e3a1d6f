# A forked child gets copies of the parent's threading objects, in the state they had at the
# fork: a lock another thread holds stays locked for ever in the child, an RLock the forking
# thread holds is the child's to release, and what the parent does to its objects afterwards
# is not seen by the child. multiprocessing's objects are the ones shared between processes.
import multiprocessing as mp
import os
import threading
import time

held_elsewhere = threading.Lock()
mine = threading.RLock()
flag = threading.Event()
later = threading.Event()
slots = threading.Semaphore(3)
shared = mp.Event()


def holder():
    with held_elsewhere:
        time.sleep(0.3)


def child_checks(who):
    print(who, "lock held by another thread:", held_elsewhere.locked(),
          "acquired:", held_elsewhere.acquire(timeout=0.05), flush=True)
    mine.release()  # the forking thread held it: in the child, so does the main thread
    print(who, "released the RLock it inherited", flush=True)
    print(who, "flag set before the fork:", flag.is_set(), "set after it:", later.is_set(), flush=True)
    print(who, "semaphore taken:", [slots.acquire(blocking=False) for _ in range(3)], flush=True)
    print(who, "multiprocessing Event set by the parent:", shared.wait(1), flush=True)


if __name__ == "__main__":
    t = threading.Thread(target=holder)
    t.start()
    time.sleep(0.05)
    mine.acquire()
    flag.set()
    slots.acquire()
    pid = os.fork()
    if pid == 0:
        child_checks("os.fork child:")
        os._exit(0)
    later.set()
    time.sleep(0.05)
    shared.set()
    os.waitpid(pid, 0)
    shared.clear()
    later.clear()
    p = mp.Process(target=child_checks, args=("Process child:",))
    p.start()
    later.set()
    time.sleep(0.05)
    shared.set()
    p.join()
    t.join()
    mine.release()
    print("parent: RLock released, lock free again:", held_elsewhere.acquire(timeout=0.05), flush=True)
