# A module-level function sent through a Queue or a Pipe arrives as the receiver's own function
# (pickle sends it by module and qualified name): `f is g` holds and it reads the receiver's
# globals. Methods and static methods found through their class travel the same way.
from multiprocessing import Pipe, Process, Queue

counter = 0


def bump(n):
    global counter
    counter += n
    return counter


class Tools:
    @staticmethod
    def twice(x):
        return 2 * x

    def inc(self, x):
        return x + 1


def child(q):
    global counter
    counter = 1000  # the child's globals differ from the parent's
    q.put(bump)
    q.put([Tools.twice, Tools.inc, Tools])
    q.put(len)


def child_call(q, out):
    f = q.get()
    out.put((f is bump, f(5), counter))


def child_pipe(conn):
    conn.send({"f": bump, "again": bump})
    conn.close()


if __name__ == "__main__":
    q = Queue()
    p = Process(target=child, args=(q,))
    p.start()
    f = q.get()
    print("same function:", f is bump, "calls:", f(1), f(2), "parent counter:", counter)
    twice, inc, tools = q.get()
    print("static:", twice is Tools.twice, twice(21), "method:", inc is Tools.inc, inc(tools(), 1))
    print("builtin:", q.get() is len)
    p.join()

    q2, out = Queue(), Queue()
    c = Process(target=child_call, args=(q2, out))
    c.start()
    counter = 50
    q2.put(bump)
    print("in child:", out.get())
    c.join()

    a, b = Pipe()
    w = Process(target=child_pipe, args=(b,))
    w.start()
    d = a.recv()
    print("pipe:", d["f"] is bump, d["f"] is d["again"], d["f"](10), counter)
    w.join()
