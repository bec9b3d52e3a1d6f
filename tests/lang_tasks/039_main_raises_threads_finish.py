# An uncaught exception in the main thread: Python prints the traceback, then still waits for
# the non-daemon threads before it exits with status 1.
import threading

started = threading.Event()
proceed = threading.Event()


def worker():
    started.set()
    proceed.wait()
    print("worker finished after the main thread failed")


t = threading.Thread(target=worker)
t.start()
started.wait()
print("main thread is about to fail")
proceed.set()
raise ValueError("main failed")
