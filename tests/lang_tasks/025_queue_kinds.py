# queue: FIFO Queue, LifoQueue, PriorityQueue, SimpleQueue; Empty and Full; qsize/empty/full.
import queue

fifo = queue.Queue()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
simple = queue.SimpleQueue()
for n in [3, 1, 2]:
    fifo.put(n)
    lifo.put(n)
    prio.put(n)
    simple.put(n)
print("fifo:", [fifo.get() for _ in range(3)])
print("lifo:", [lifo.get() for _ in range(3)])
print("prio:", [prio.get() for _ in range(3)])
print("simple:", [simple.get() for _ in range(3)], simple.empty(), simple.qsize())

jobs = queue.PriorityQueue()
jobs.put((2, "write report"))
jobs.put((1, "fix bug"))
jobs.put((3, "lunch"))
jobs.put((1, "answer mail"))
while not jobs.empty():
    print(jobs.get())

q = queue.Queue(maxsize=2)
print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full(), "qsize:", q.qsize())
q.put("a")
q.put_nowait("b")
print("empty:", q.empty(), "full:", q.full(), "qsize:", q.qsize())
try:
    q.put("c", block=False)
except queue.Full:
    print("put(block=False): queue.Full")
try:
    q.put("c", timeout=0.01)
except queue.Full:
    print("put(timeout=0.01): queue.Full")
print(q.get(), q.get_nowait())
for attempt in [lambda: q.get(block=False), lambda: q.get(timeout=0.01), q.get_nowait,
                simple.get_nowait]:
    try:
        attempt()
    except queue.Empty:
        print("queue.Empty")
