# threading.excepthook receives (exc_type, exc_value, exc_traceback, thread) for an uncaught
# exception in a thread, and can be replaced; SystemExit ends a thread silently; Timer.cancel().
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def fail():
    raise ValueError("bad value")


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__


def exits():
    raise SystemExit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent:", t.is_alive())

fired = []
cancelled = threading.Timer(0.05, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
later = threading.Timer(0.01, fired.append, args=["later"])
later.start()
later.join()
print(fired, later.finished.is_set(), later.interval, cancelled.finished.is_set())
