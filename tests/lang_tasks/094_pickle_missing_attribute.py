# The receiver looks classes up by name, as unpickling does: a class the receiver no longer has
# makes get() / recv() raise AttributeError ("Can't get attribute ..."), and the item is gone.
# Lambdas and local functions, which pickle cannot send, are not used here: Interleave copies
# them by value where CPython raises PicklingError (see vm::CopyMode in engine/vm/vm.hpp).
from multiprocessing import Pipe, Process, Queue


class Gone:
    pass


class Kept:
    pass


def child(q):
    q.put(Gone())
    q.put(Kept())


def child_pipe(conn):
    conn.send([1, Gone])
    conn.send("after")
    conn.close()


def short(e):
    return str(e).split(" on <module")[0]


if __name__ == "__main__":
    q = Queue()
    p = Process(target=child, args=(q,))
    p.start()
    p.join()
    a, b = Pipe()
    w = Process(target=child_pipe, args=(b,))
    w.start()
    w.join()
    saved = Gone
    del Gone
    try:
        q.get()
    except AttributeError as e:
        print("queue:", type(e).__name__, short(e), "'__main__'" in str(e))
    print("next item:", type(q.get()) is Kept)

    try:
        a.recv()
    except AttributeError as e:
        print("pipe:", type(e).__name__, short(e))
    print("next message:", a.recv())
    Gone = saved
