# Daemon processes: the flag, no children allowed, and terminated when the main process exits.
import time
from multiprocessing import Process, Queue


def sleeper():
    time.sleep(30)


def try_to_spawn(q):
    try:
        Process(target=sleeper).start()
    except AssertionError as error:
        q.put(str(error))


if __name__ == "__main__":
    q = Queue()
    d = Process(target=try_to_spawn, args=(q,), daemon=True)
    d.start()
    print("daemon child:", q.get())
    d.join()
    print("exitcode:", d.exitcode)
    late = Process(target=sleeper)
    late.daemon = True
    print("daemon set before start:", late.daemon)
    late.start()
    try:
        late.daemon = False
    except AssertionError as error:
        print("AssertionError:", error)
    print("main ends now; the sleeping daemon child is terminated")
