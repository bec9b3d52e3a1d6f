# Pipe(): duplex by default; send/recv copy objects; poll with and without a timeout.
from multiprocessing import Pipe, Process


def echo_upper(conn):
    while True:
        message = conn.recv()
        if message == "stop":
            conn.send("bye")
            break
        conn.send(message.upper())
    conn.close()


if __name__ == "__main__":
    parent, child = Pipe()
    p = Process(target=echo_upper, args=(child,))
    p.start()
    print("poll before sending:", parent.poll())
    for word in ["ping", "pong", "done"]:
        parent.send(word)
        print(parent.recv())
    parent.send("stop")
    print("poll(1.0):", parent.poll(1.0))
    print(parent.recv())
    p.join()
    data = {"list": [1, 2, 3], "nested": (4, {"five": 5})}
    a, b = Pipe()
    a.send(data)
    copy = b.recv()
    print(copy, copy == data, copy is data)
    b.send(None)
    print("reply from b:", a.recv())
    print("poll(0.05) with nothing sent:", a.poll(0.05))
