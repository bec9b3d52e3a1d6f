# Process.close() frees the object; it refuses while the process runs and makes it unusable.
import time
from multiprocessing import Event, Process


def wait_for(go):
    go.wait()


if __name__ == "__main__":
    go = Event()
    p = Process(target=wait_for, args=(go,))
    p.start()
    try:
        p.close()
    except ValueError as error:
        print("ValueError:", error)
    go.set()
    p.join()
    print("exitcode before close:", p.exitcode)
    p.close()
    print("closed")
    for attempt in [lambda: p.is_alive(), lambda: p.pid, p.start]:
        try:
            attempt()
        except ValueError as error:
            print("ValueError:", error)
    p.close()
    print("closing twice is fine")
    q = Process(target=time.sleep, args=(0,))
    q.start()
    try:
        q.start()
    except AssertionError as error:
        print("AssertionError:", error)
    q.join()
