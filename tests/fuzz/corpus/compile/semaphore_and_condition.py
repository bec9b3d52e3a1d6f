"""Semaphore and Condition: limiting concurrency, and a home-made bounded buffer

Part 1. A Semaphore(SLOTS) is a counter of free places: acquire() takes one (waiting while none
is left), release() gives one back. Six downloader threads share SLOTS places, so at most SLOTS
of them download at the same time, whatever the scheduler does.
Part 2. A Condition is a lock plus a waiting room. The bounded buffer below is built from one:
put() waits until there is space, get() waits until there is an item, and each wakes the
others with notify_all() after changing the buffer. wait_for(predicate) re-checks the
predicate every time it wakes up, so a thread that was woken for nothing simply waits again.

What to look for:
- Part 1: never more than SLOTS downloaders are running or sleeping; the rest wait on the semaphore.
- Part 2: the producer blocks on the condition when the buffer holds BUFFER items.
- Waiting on a Condition releases its lock, which is why the other side can get in at all.

Try this:
- Set SLOTS to 1. Which other primitive does the semaphore behave like now?
- Part 2: replace notify_all() by notify(). With one producer and one consumer it still works.
  Would it with two consumers? Think about who might be woken.
- Replace wait_for(...) by a single wait() without a loop. What could a spurious or stolen
  wake-up do then?

---zh---
信号量与条件变量：限制并发数，以及自己动手写一个有界缓冲区

第一部分：Semaphore(SLOTS) 就是一个“空位计数器”：acquire() 占一个位置（没有空位就等），release() 还一个位置。
六个下载线程共用 SLOTS 个位置，所以不管调度器怎么安排，同一时刻最多只有 SLOTS 个在下载。
第二部分：Condition 可以理解为“一把锁加一间等候室”。下面的有界缓冲区就是用它搭起来的：
put() 一直等到有空位，get() 一直等到有数据，双方每次改动缓冲区后都用 notify_all() 叫醒其他人。
wait_for(条件) 每次醒来都会重新检查条件，所以白白被叫醒的线程会接着等下去。

看点：
- 第一部分：正在下载（运行或睡眠）的线程从不超过 SLOTS 个，其余的都在信号量上等待。
- 第二部分：缓冲区里攒够 BUFFER 个元素时，生产者阻塞在条件变量上。
- 在 Condition 上 wait 时会释放它的锁，否则另一方根本进不来。

试一试：
- 把 SLOTS 设为 1。这时信号量的表现和哪种同步原语一样？
- 第二部分：把 notify_all() 换成 notify()。一个生产者、一个消费者时仍然正常。
  如果有两个消费者呢？想想被叫醒的可能是谁。
- 把 wait_for(...) 换成一次不带循环的 wait()。遇到虚假唤醒或被别人抢先时会出什么问题？
"""
import threading
import time

SLOTS = 2       # @param 1..6
BUFFER = 3      # @param 1..10
ITEMS = 8       # @param 1..50

slots = threading.Semaphore(SLOTS)
stats_lock = threading.Lock()
active = 0
most_active = 0


def download(number):
    global active, most_active
    with slots:                          # acquire a place, release it at the end
        with stats_lock:
            active += 1
            most_active = max(most_active, active)
        time.sleep(0.02)                 # the download itself
        with stats_lock:
            active -= 1


class BoundedBuffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.changed = threading.Condition()

    def put(self, item):
        with self.changed:
            self.changed.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            self.changed.notify_all()

    def get(self):
        with self.changed:
            self.changed.wait_for(lambda: len(self.items) > 0)
            item = self.items.pop(0)
            self.changed.notify_all()
            return item


def consume(buffer, results):
    while True:
        item = buffer.get()
        if item is None:
            return
        time.sleep(0.005)
        results.append(item)


downloaders = [threading.Thread(target=download, args=(n,)) for n in range(6)]
for d in downloaders:
    d.start()
for d in downloaders:
    d.join()
print(f"part 1: at most {most_active} downloads at once (SLOTS = {SLOTS})")

buffer = BoundedBuffer(BUFFER)
results = []
consumer = threading.Thread(target=consume, args=(buffer, results), name="consumer")
consumer.start()
for i in range(ITEMS):
    buffer.put(i)
buffer.put(None)
consumer.join()
print(f"part 2: consumer got {results}")
