# Pipe(duplex=False): one end receives, the other sends; EOFError once every sender is closed.
from multiprocessing import Pipe, Process


def send_three(w):
    for i in range(3):
        w.send(i * 11)
    w.close()


if __name__ == "__main__":
    r, w = Pipe(duplex=False)
    try:
        r.send("wrong way")
    except OSError as error:
        print("OSError:", error)
    try:
        w.recv()
    except OSError as error:
        print("OSError:", error)
    p = Process(target=send_three, args=(w,))
    p.start()
    w.close()              # the parent's copy of the sending end
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            print("EOFError after", got)
            break
    p.join()
    print("exitcode", p.exitcode)
