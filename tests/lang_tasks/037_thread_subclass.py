# A Thread subclass with its own __init__ and result; forgetting super().__init__() fails.
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


class Forgetful(threading.Thread):
    def __init__(self):
        self.value = 1

    def run(self):
        pass


summers = [Summer(range(n)) for n in [10, 100, 1000]]
print([s.name for s in summers])
for s in summers:
    s.start()
for s in summers:
    s.join()
print([s.total for s in summers])
s = Summer([1, 2, 3])
s.run()
print("run() in the main thread:", s.total, "alive:", s.is_alive())
try:
    Forgetful().start()
except RuntimeError as error:
    print("RuntimeError:", error)
