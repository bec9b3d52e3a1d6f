# Queue.task_done() / join(): the producer waits until every item has been processed.
import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            processed.append(item * 2)
        q.task_done()


workers = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in workers:
    w.start()
for item in range(10):
    q.put(item)
q.join()
print("after join:", sorted(processed), "unfinished:", q.unfinished_tasks)
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print("workers alive:", [w.is_alive() for w in workers])
try:
    q.task_done()
except ValueError as error:
    print("ValueError:", error)
