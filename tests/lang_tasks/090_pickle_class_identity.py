# Items crossing processes keep their class identity, as pickle sends module-level classes by
# reference: an instance received through a Queue or a Pipe is an instance of the receiver's
# own class, in both directions (child -> parent, parent -> child).
from multiprocessing import Pipe, Process, Queue


class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def child_put(q):
    q.put(Point(1, 2))
    q.put([Point3(1, 2, 3), {"p": Point(5, -6)}])
    q.put(Point)


def child_check(q, out):
    item = q.get()
    out.put((type(item) is Point, isinstance(item, Point), item.x, item.y, item.norm1()))
    cls = q.get()
    out.put((cls is Point, cls is Point3, issubclass(cls, Point)))


def child_pipe(conn):
    got = conn.recv()
    conn.send((isinstance(got, Point3), type(got).__mro__[1] is Point, got.z))
    conn.send(Point3(7, 8, 9))
    conn.close()


if __name__ == "__main__":
    q = Queue()
    p = Process(target=child_put, args=(q,))
    p.start()
    a = q.get()
    print("queue, child -> parent:", type(a) is Point, isinstance(a, Point), a.x, a.y, a.norm1())
    lst = q.get()
    print("nested:", type(lst[0]) is Point3, isinstance(lst[0], Point), type(lst[1]["p"]) is Point)
    print("class itself:", q.get() is Point)
    p.join()

    q2, out = Queue(), Queue()
    c = Process(target=child_check, args=(q2, out))
    c.start()
    q2.put(Point(3, -4))
    q2.put(Point3)
    print("queue, parent -> child:", out.get())
    print("class sent to child:", out.get())
    c.join()

    mine, theirs = Pipe()
    w = Process(target=child_pipe, args=(theirs,))
    w.start()
    mine.send(Point3(1, 1, 4))
    print("pipe, parent -> child:", mine.recv())
    b = mine.recv()
    print("pipe, child -> parent:", type(b) is Point3, isinstance(b, Point), b.x + b.y + b.z)
    w.join()
