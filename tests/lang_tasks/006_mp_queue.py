# multiprocessing.Queue: FIFO across processes, a bounded queue, timeouts, queue.Empty/Full.
import queue
from multiprocessing import Process, Queue


def produce(q, count):
    for i in range(count):
        q.put({"item": i, "square": i * i})
    q.put(None)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=produce, args=(q, 5))
    p.start()
    while True:
        item = q.get()
        if item is None:
            break
        print("got", item)
    p.join()
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("get(timeout=0.05) on an empty queue: queue.Empty")
    try:
        q.get_nowait()
    except queue.Empty:
        print("get_nowait: queue.Empty")
    small = Queue(2)
    small.put("a")
    small.put("b")
    try:
        small.put("c", timeout=0.05)
    except queue.Full:
        print("put(timeout=0.05) on a full queue: queue.Full")
    try:
        small.put_nowait("c")
    except queue.Full:
        print("put_nowait: queue.Full")
    print(small.get(), small.get())
    small.put(("tuple", [1, 2]))
    print(small.get(block=True, timeout=1))
