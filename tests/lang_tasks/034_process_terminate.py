# terminate(): the child is killed with SIGTERM, its exitcode is -15; join(timeout) on a
# running child returns with exitcode None.
import time
from multiprocessing import Event, Process


def sleep_long(started):
    started.set()
    time.sleep(30)


if __name__ == "__main__":
    started = Event()
    p = Process(target=sleep_long, args=(started,))
    p.start()
    started.wait()
    p.join(timeout=0.05)
    print("after join(0.05): alive", p.is_alive(), "exitcode", p.exitcode)
    p.terminate()
    p.join()
    print("after terminate: alive", p.is_alive(), "exitcode", p.exitcode)
    q = Process(target=time.sleep, args=(0.01,))
    q.start()
    q.join()
    q.terminate()
    print("terminate after the end changes nothing:", q.exitcode)
