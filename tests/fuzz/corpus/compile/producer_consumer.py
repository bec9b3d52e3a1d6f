"""Producer-consumer: a bounded queue between processes

Three producer processes make items and put them into a multiprocessing.Queue that holds at
most four. Two consumer processes take them out. Producers and consumers never talk to each
other: the queue is the buffer between them, and it also sets the pace. Here the producers are
faster, so the queue fills up and every put() has to wait until a consumer makes room. When all
producers are done, the main process puts one None per consumer: a "sentinel" meaning "stop".

What to look for:
- The queue's length climbs to QUEUE_SIZE and stays there; the producers turn blocked (queue full).
- Each consumer leaves its loop exactly when it takes a None, so no consumer is left waiting.
- The total consumed always equals PRODUCERS * ITEMS_EACH, however the work was split.

Try this:
- Set CONSUMERS to 6. Does the queue still fill up? Who is blocked now, and on what?
- Set PRODUCE_MS to 60: now the producers are the slow side. What do the consumers do most of the time?
- Put only one None into the queue (change the loop at the end). Which process waits forever,
  and what does Interleave say about it?

---zh---
生产者-消费者：进程之间的有界队列

三个生产者进程不断制造数据，放进一个最多只能装 4 个元素的 multiprocessing.Queue；两个消费者进程从里面取。
生产者和消费者彼此并不直接打交道，队列就是它们之间的缓冲区，同时也在调节双方的节奏。
这里生产者更快，队列很快就会被塞满，此后每次 put() 都得等消费者腾出位置才能继续。
所有生产者结束后，主进程给每个消费者各放一个 None，作为“哨兵”，意思是“可以收工了”。

看点：
- 队列长度涨到 QUEUE_SIZE 后就一直顶在那里，生产者变成“阻塞（队列已满）”状态。
- 每个消费者恰好在取到 None 的那一刻退出循环，没有谁会被落下一直干等。
- 不管活儿怎么分，消费总数始终等于 PRODUCERS * ITEMS_EACH。

试一试：
- 把 CONSUMERS 改成 6。队列还会满吗？现在是谁在阻塞，又在等什么？
- 把 PRODUCE_MS 改成 60，生产者变成了慢的一方。消费者大部分时间在干什么？
- 末尾只往队列里放一个 None（改一下那个循环）。哪个进程会永远等下去？Interleave 会怎么报告？
"""
from multiprocessing import Process, Queue

from interleave import note, work

PRODUCERS = 3    # @param 1..8
CONSUMERS = 2    # @param 1..8
QUEUE_SIZE = 4   # @param 1..16
ITEMS_EACH = 4   # @param 1..20
PRODUCE_MS = 10  # @param 0..100
CONSUME_MS = 25  # @param 0..100


def producer(q, number):
    for i in range(ITEMS_EACH):
        work(PRODUCE_MS)              # make one item
        q.put(f"p{number}-{i}")       # blocks while the queue is full
    note(f"producer {number} done")


def consumer(q, results, number):
    eaten = 0
    while True:
        item = q.get()                # blocks while the queue is empty
        if item is None:              # the sentinel: no more items will come
            break
        work(CONSUME_MS)              # use the item
        eaten += 1
    results.put((number, eaten))


if __name__ == "__main__":
    q = Queue(QUEUE_SIZE)
    results = Queue()
    producers = [Process(target=producer, args=(q, n)) for n in range(PRODUCERS)]
    consumers = [Process(target=consumer, args=(q, results, n)) for n in range(CONSUMERS)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()
    note("all producers done: one None per consumer")
    for _ in consumers:
        q.put(None)
    counts = sorted([results.get() for _ in consumers])
    for c in consumers:
        c.join()
    for number, eaten in counts:
        print(f"consumer {number} used {eaten} items")
    print(f"consumed {sum([n for _, n in counts])} of {PRODUCERS * ITEMS_EACH} items")
