# A child process consumes a multiprocessing queue with sum()/list()/max() over generators; the
# parent used the same builtins on generators before the fork, and again after it.
import multiprocessing as mp
import time


def squares(n):
    for i in range(n):
        time.sleep(0.001)
        yield i * i


def child(q, out):
    out.put(sum(q.get() for _ in range(5)))
    out.put(list(q.get() for _ in range(2)))
    out.put(max((q.get() for _ in range(3)), key=abs))


if __name__ == "__main__":
    print("parent before", sum(squares(4)), sorted(squares(3), reverse=True))
    q = mp.Queue()
    out = mp.Queue()
    p = mp.Process(target=child, args=(q, out))
    p.start()
    for i in range(5):
        time.sleep(0.005)
        q.put(i * i)
    print("child sum", out.get())
    for item in ("a", "b", 3, -7, 5):
        time.sleep(0.005)
        q.put(item)
    print("child list", out.get())
    print("child max", out.get())
    p.join()
    print("exit", p.exitcode)
    print("parent after", ",".join(str(x) for x in squares(3)), any(x > 3 for x in squares(3)))
