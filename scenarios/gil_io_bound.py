"""The GIL and I/O-bound work: here threads do speed things up

Eight "downloads" each spend IO_MS waiting (time.sleep stands in for the network) and only a
sliver of CPU. A thread gives up the GIL while it sleeps or waits for I/O, so while one thread
waits, another can run. With THREADS threads the waits overlap and the whole batch takes about
REQUESTS / THREADS rounds instead of REQUESTS. Compare with gil_cpu_bound.py, where the work
needs the GIL all the time and threads gain nothing.

What to look for:
- The threads spend almost all their time sleeping, not waiting for the GIL.
- Several threads sleep at the same moment: their waits overlap on the timeline.
- The time with threads is roughly the sequential time divided by THREADS.

Try this:
- Set THREADS to 8, then to 16. Why does the time stop improving after 8?
- Set CPU_MS to 20 so every download also does some computing. How much of the speed-up is left?
- Set the number of cores to 1. Does it matter for this scenario? Why not?

---zh---
GIL 与 I/O 密集型任务：这时多线程确实能提速

八次“下载”，每次都要等待 IO_MS 毫秒（用 time.sleep 模拟网络），真正用到 CPU 的时间很少。
线程在 sleep 或等待 I/O 时会把 GIL 让出来，所以一个线程在等的时候，别的线程可以接着跑。
用 THREADS 个线程时，这些等待相互重叠，整批活儿只需要大约 REQUESTS / THREADS 轮，
而不是 REQUESTS 轮。对比 gil_cpu_bound.py：那里的任务时时刻刻都需要 GIL，多线程毫无收益。

看点：
- 线程几乎所有时间都在睡眠，而不是在等 GIL。
- 好几个线程同时在睡：时间线上它们的等待是重叠的。
- 多线程的耗时大约是顺序执行耗时除以 THREADS。

试一试：
- 把 THREADS 改成 8，再改成 16。为什么超过 8 之后就不再变快了？
- 把 CPU_MS 设为 20，让每次下载还要做些计算。提速效果还剩多少？
- 把核数设为 1。对这个场景有影响吗？为什么？
"""
import threading
import time

from interleave import work

REQUESTS = 8    # @param 1..32
THREADS = 4     # @param 1..16
IO_MS = 40      # @param 1..200
CPU_MS = 1      # @param 0..50


def download(number):
    time.sleep(IO_MS / 1000)   # waiting for the network: the GIL is released
    work(CPU_MS)               # parsing the answer: needs the GIL


def worker(numbers):
    for n in numbers:
        download(n)


start = time.perf_counter()
worker(range(REQUESTS))
sequential = time.perf_counter() - start
print(f"1 thread:    {sequential:.3f} s")

start = time.perf_counter()
threads = [threading.Thread(target=worker, args=(range(i, REQUESTS, THREADS),))
           for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
parallel = time.perf_counter() - start
print(f"{THREADS} threads:   {parallel:.3f} s")
print(f"speed-up: {sequential / parallel:.1f}x")
