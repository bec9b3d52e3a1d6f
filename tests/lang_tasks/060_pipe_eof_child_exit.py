# A child sends two messages and ends without closing its end: the parent, whose own copy of
# the sending end is closed, reads both and then gets EOFError (the child's exit closed it).
import time
from multiprocessing import Pipe, Process


def talk(conn):
    conn.send("hello")
    conn.send(["from", "child"])
    time.sleep(0.05)  # the parent is already waiting in recv() when this process ends


if __name__ == "__main__":
    reader, writer = Pipe(duplex=False)
    p = Process(target=talk, args=(writer,))
    p.start()
    writer.close()
    print("closed:", writer.closed, "readable:", reader.readable, "writable:", reader.writable)
    try:
        writer.send("late")
    except OSError as error:
        print("OSError:", error)
    while True:
        try:
            print("got", reader.recv())
        except EOFError:
            print("EOFError")
            break
    p.join()
    print("poll at EOF:", reader.poll())
    reader.close()
    try:
        reader.poll()
    except OSError as error:
        print("OSError:", error)
    with Pipe()[0] as end:
        print("in with:", end.closed)
    print("after with:", end.closed)
