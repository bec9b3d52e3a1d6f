# Timer: a Thread that runs a function once after a delay; cancel() stops one that has not fired.
import threading

fired = []
first = threading.Timer(0.3, fired.append, args=("first",))
second = threading.Timer(0.01, lambda: fired.append("second"))
cancelled = threading.Timer(0.01, fired.append, args=("never",))
print(first.name, isinstance(first, threading.Thread))
first.start()
second.start()
cancelled.start()
cancelled.cancel()
first.join()
second.join()
cancelled.join()
print(fired)
print("alive:", first.is_alive(), second.is_alive(), cancelled.is_alive())
