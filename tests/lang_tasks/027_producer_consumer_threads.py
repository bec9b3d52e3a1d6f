# Bounded queue between 3 producer threads and 2 consumer threads, one None per consumer.
import queue
import threading

q = queue.Queue(3)
consumed = []
lock = threading.Lock()


def producer(p):
    for i in range(4):
        q.put(f"p{p}-{i}")


def consumer():
    while True:
        item = q.get()
        if item is None:
            return
        with lock:
            consumed.append(item)


producers = [threading.Thread(target=producer, args=(p,)) for p in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(consumed), "items")
print(sorted(consumed))
print("queue empty:", q.empty())
