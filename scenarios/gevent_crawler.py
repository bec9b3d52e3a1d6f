"""gevent: greenlets that switch by themselves whenever they would wait

gevent runs many greenlets on one thread, plus a hub: an event loop in its own greenlet.
Whenever a greenlet would wait (gevent.sleep, a socket read...), it switches to the hub, and
the hub switches to some greenlet that is ready. So the switching that greenlet_ping_pong.py
did by hand now happens automatically, at every wait. monkey.patch_all() replaces blocking
functions of the standard library (time.sleep, socket, ...) by cooperative ones; it has to run
first, before anything else is imported, so nobody keeps a reference to the unpatched versions.
Here each "page fetch" is simulated: a short wait for the network.

What to look for:
- Sequential: one fetch at a time, the total is the sum of the waits.
- With spawn + joinall: all fetches wait at the same time; the total is about the longest wait.
- Only one greenlet ever runs at a time; all the overlap is in the waiting.

Try this:
- Set PATCH to 0 and SLEEPER to 1 (fetch with the plain, unpatched time.sleep). What happens
  to the concurrent total, and why?
- Add a work(50) (CPU work) to fetch. Does gevent help with that part?
- Set PAGES to 12 with the same delays. How does the concurrent time grow?

---zh---
gevent：一遇到等待就自动切换的 greenlet

gevent 在一个线程里运行许多 greenlet，外加一个 hub：它是跑在自己 greenlet 里的事件循环。
每当某个 greenlet 需要等待（gevent.sleep、读 socket……），它就切换到 hub，
再由 hub 切换到某个已经就绪的 greenlet。于是 greenlet_ping_pong.py 里手动完成的切换，
现在在每次等待时自动发生。monkey.patch_all() 会把标准库里会阻塞的函数（time.sleep、socket 等）
替换成协作式的版本；它必须最先执行，在导入其他任何模块之前，免得有人还攥着没打补丁的旧函数。
这里每次“抓取网页”都是模拟的：只是等一小会儿网络。

看点：
- 顺序执行：一次只抓一个，总耗时是所有等待时间之和。
- 用 spawn + joinall：所有抓取同时在等，总耗时大约等于最长的那一次等待。
- 任何时刻都只有一个 greenlet 在运行，所谓的“重叠”全都发生在等待上。

试一试：
- 把 PATCH 设为 0、SLEEPER 设为 1（用没打补丁的普通 time.sleep 来抓取）。并发的总耗时会怎样？为什么？
- 在 fetch 里加一个 work(50)（CPU 计算）。gevent 对这部分有帮助吗？
- 把 PAGES 改成 12，延迟保持不变。并发耗时是怎么增长的？
"""
# needs: gevent
PATCH = 1    # @param 0..1
if PATCH:
    from gevent import monkey
    monkey.patch_all()           # first of all: make time.sleep & co. cooperative

import time

import gevent

from interleave import note

PAGES = 6    # @param 1..12
SLEEPER = 0  # @param 0..1
DELAYS = [0.03, 0.01, 0.05, 0.02, 0.04, 0.01]


def fetch(number):
    delay = DELAYS[number % len(DELAYS)]
    note(f"fetch page {number}")
    if SLEEPER:
        time.sleep(delay)        # cooperative only if patched
    else:
        gevent.sleep(delay)      # always yields to the hub
    return f"page {number}: {int(delay * 1000)} ms"


start = time.perf_counter()
pages = [fetch(n) for n in range(PAGES)]
print(f"sequential: {time.perf_counter() - start:.3f} s")

start = time.perf_counter()
jobs = [gevent.spawn(fetch, n) for n in range(PAGES)]
gevent.joinall(jobs)
print(f"concurrent: {time.perf_counter() - start:.3f} s")
for job in jobs:
    print(job.value)
