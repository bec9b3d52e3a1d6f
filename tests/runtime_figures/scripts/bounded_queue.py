# A fast producer and a slow consumer around queue.Queue(maxsize=3): the queue never holds
# more than three items, and the producer spends its time blocked on put(). The consumer
# sleeps (slow I/O) rather than computing, so the producer's waits are for the queue, not
# for the GIL.
import queue
import threading
import time

q = queue.Queue(maxsize=3)


def producer():
    for i in range(20):
        q.put(i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        time.sleep(0.005)


threads = [threading.Thread(target=producer, name="producer"), threading.Thread(target=consumer, name="consumer")]
for t in threads:
    t.start()
for t in threads:
    t.join()
