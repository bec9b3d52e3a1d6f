"""Queue timeouts: put and get that give up, queue.Full and queue.Empty

A bounded queue.Queue(SIZE) makes put() wait while it is full and get() wait while it is empty.
Both accept a timeout: after that many seconds put() raises queue.Full and get() raises
queue.Empty. put_nowait() and get_nowait() do not wait at all. A multiprocessing.Queue raises
the very same queue.Full and queue.Empty. full(), empty() and qsize() only give a snapshot:
by the time you act on the answer another thread may already have changed it.

What to look for:
- The producer is blocked on "queue full" for TIMEOUT seconds, then wakes up with queue.Full and retries.
- The consumer sleeps between items, which is what keeps the queue full.
- At the end the consumer waits in get() and gives up with queue.Empty: nobody sent a sentinel.

Try this:
- Set TAKE_EVERY to 0.01. Does the producer still see queue.Full?
- Set SIZE to 8. How many retries are left, and why?
- Replace the retry loop with `if not q.full(): q.put(i)`. Why is that not a safe way to avoid
  blocking when there are two producers?

---zh---
队列超时：会放弃等待的 put 和 get，以及 queue.Full 与 queue.Empty

有界队列 queue.Queue(SIZE) 满了以后 put() 会等，空了以后 get() 会等。两者都可以带 timeout：
等了这么多秒还不行，put() 抛出 queue.Full，get() 抛出 queue.Empty。
put_nowait() 和 get_nowait() 则一刻也不等（注意，并没有叫 nowait() 的方法）。
multiprocessing.Queue 抛出的也是同样的 queue.Full 和 queue.Empty。
full()、empty() 和 qsize() 给出的只是某一瞬间的快照：等你根据结果去行动时，别的线程可能早已改变了队列。

看点：
- 生产者在“队列已满”上阻塞 TIMEOUT 秒，然后带着 queue.Full 醒来，再试一次。
- 消费者每取一个就睡一会儿，正是这一点让队列一直是满的。
- 最后消费者在 get() 上等待，因为没人发送哨兵，它最终以 queue.Empty 放弃。

试一试：
- 把 TAKE_EVERY 改成 0.01。生产者还会遇到 queue.Full 吗？
- 把 SIZE 改成 8。还剩几次重试？为什么？
- 把重试循环换成 `if not q.full(): q.put(i)`。有两个生产者时，为什么这样并不能保证不阻塞？
"""
import queue
import threading
import time

from interleave import note

SIZE = 2           # @param 1..8
ITEMS = 5          # @param 1..20
TIMEOUT = 0.05     # @param 0.01..0.5
TAKE_EVERY = 0.08  # @param 0.01..0.5
PATIENCE = 0.2     # @param 0.05..1.0

q = queue.Queue(SIZE)


def consumer():
    while True:
        try:
            item = q.get(timeout=PATIENCE)
        except queue.Empty:
            print(f"consumer: nothing for {PATIENCE} s, queue.Empty, giving up")
            return
        print(f"consumer took {item}")
        time.sleep(TAKE_EVERY)


print(f"new queue: empty={q.empty()} full={q.full()}")
for i in range(SIZE):
    q.put_nowait(i)
print(f"after {SIZE} put_nowait: qsize={q.qsize()} full={q.full()}")
try:
    q.put_nowait("one too many")
except queue.Full:
    print("put_nowait on a full queue raises queue.Full")

taker = threading.Thread(target=consumer, name="consumer")
taker.start()
for i in range(SIZE, SIZE + ITEMS):
    while True:
        try:
            q.put(i, timeout=TIMEOUT)
            break
        except queue.Full:
            note(f"producer: still full after {TIMEOUT} s, retrying item {i}")
taker.join()
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait on an empty queue raises queue.Empty")
