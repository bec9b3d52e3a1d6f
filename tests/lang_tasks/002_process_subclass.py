# A Process subclass overriding run(); start() runs it in a child, calling run() runs it here.
from multiprocessing import Process, Queue, current_process


class Counter(Process):
    def __init__(self, q, upto):
        super().__init__()
        self.q = q
        self.upto = upto

    def run(self):
        total = 0
        for i in range(1, self.upto + 1):
            total += i
        self.q.put((current_process().name, total))


class Named(Process):
    def __init__(self, q):
        super().__init__(name="custom-name")
        self.q = q

    def run(self):
        self.q.put(current_process().name)


if __name__ == "__main__":
    q = Queue()
    c = Counter(q, 10)
    c.start()
    c.join()
    print("started:", q.get(), "exitcode", c.exitcode)
    d = Counter(q, 4)
    d.run()
    print("run() directly:", q.get(), "alive", d.is_alive(), "exitcode", d.exitcode)
    n = Named(q)
    n.start()
    print("named:", q.get())
    n.join()
    print("isinstance:", isinstance(c, Process), n.name)
