# An uncaught exception in a thread is reported on stderr ("Exception in thread ..."); the
# thread ends, the main thread is not interrupted and the program exits with 0.
import threading

results = []


def boom():
    results.append("boom starts")
    raise ZeroDivisionError("division in a thread")


def fine():
    results.append("fine ran")


t = threading.Thread(target=boom)
t.start()
t.join()
print("after the failing thread:", results, "alive:", t.is_alive())
u = threading.Thread(target=fine)
u.start()
u.join()
print(results)
print("main thread still here")
