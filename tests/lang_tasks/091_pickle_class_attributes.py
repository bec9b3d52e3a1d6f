# A received instance's class is the receiver's class: class attributes the receiver changed
# (after the sender started) are what the instance sees, and methods added by the receiver work.
from multiprocessing import Pipe, Process, Queue


class Config:
    level = 1

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name}@{self.level}"


def child(q, ready):
    ready.get()  # wait until the parent has changed its class
    q.put(Config("from-child"))
    q.put(Config.level)  # the child's own class was not changed


def child_pipe(conn):
    conn.send(Config("piped"))
    conn.close()


def shout(self):
    return self.name.upper()


if __name__ == "__main__":
    q, ready = Queue(), Queue()
    p = Process(target=child, args=(q, ready))
    p.start()
    Config.level = 42
    Config.shout = shout
    ready.put("go")
    c = q.get()
    print(c.describe(), c.shout(), "child level:", q.get())
    Config.level = 43
    print("later change seen:", c.describe())
    p.join()

    a, b = Pipe()
    w = Process(target=child_pipe, args=(b,))
    w.start()
    got = a.recv()
    print(got.describe(), got.shout(), type(got) is Config)
    w.join()
