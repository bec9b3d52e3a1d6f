# Thread names as Python 3.11 makes them: "Thread-N (target)", custom names, subclasses,
# lambdas; current_thread() inside the thread; MainThread.
import threading

seen = []


def worker():
    seen.append(threading.current_thread().name)


class Custom(threading.Thread):
    def run(self):
        seen.append(self.name)


print(threading.current_thread().name, threading.main_thread().name)
threads = [
    threading.Thread(target=worker),
    threading.Thread(target=worker, name="named"),
    threading.Thread(target=worker),
    Custom(),
    threading.Thread(target=lambda: seen.append(threading.current_thread().name)),
    Custom(name="custom-named"),
]
print([t.name for t in threads])
for t in threads:
    t.start()
    t.join()
print(seen)
t = threading.Thread(target=worker)
t.name = "renamed"
t.start()
t.join()
print(seen[-1])
print(threading.current_thread() is threading.main_thread())
