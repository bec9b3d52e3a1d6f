# A bounded queue.Queue blocks its producer when full; each get() lets exactly one more put in.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
log = []


def producer():
    for i in range(5):
        q.put(i)
        log.append("put %d" % i)
    log.append("producer done")


t = threading.Thread(target=producer)
t.start()
time.sleep(0.1)
print("after 0.1s:", log, "full:", q.full(), "qsize:", q.qsize())
print("get", q.get())
time.sleep(0.1)
print("after one get:", log)
got = []
while len(got) < 4:
    got.append(q.get())
t.join()
print("rest:", got)
print(log)
print("unfinished_tasks:", q.unfinished_tasks)
for _ in range(5):
    q.task_done()
q.join()
print("joined, unfinished_tasks:", q.unfinished_tasks)
