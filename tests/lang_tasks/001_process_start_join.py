# Process(target, args, kwargs): start, join, is_alive, exitcode; results come back on a Queue.
from multiprocessing import Process, Queue


def square(q, n, label="sq"):
    q.put((label, n * n))


if __name__ == "__main__":
    q = Queue()
    p = Process(target=square, args=(q, 7), kwargs={"label": "seven"})
    print("name:", p.name)
    print("before start: alive", p.is_alive(), "exitcode", p.exitcode)
    p.start()
    result = q.get()
    p.join()
    print("result:", result)
    print("after join: alive", p.is_alive(), "exitcode", p.exitcode)
    workers = [Process(target=square, args=(q, n)) for n in range(1, 5)]
    for w in workers:
        w.start()
    got = sorted([q.get() for _ in workers])
    for w in workers:
        w.join()
    print("names:", [w.name for w in workers])
    print("results:", got)
    print("exitcodes:", [w.exitcode for w in workers])
