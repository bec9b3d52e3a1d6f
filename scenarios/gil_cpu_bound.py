"""The GIL and CPU-bound work: threads do not help, processes do

The same pure-Python job (count down from COUNT, four times over) is done three ways: by one
thread, by four threads at once, and by four processes at once. In CPython a thread must hold
its process's Global Interpreter Lock to run Python bytecode, so four threads take turns on the
one GIL and finish no sooner than one thread alone. Every process has its own interpreter and
its own GIL, so four processes really run in parallel, up to the number of cores.

What to look for:
- 4 threads: only one thread is running at any moment; the others wait for the GIL.
- 4 processes: up to four run at once, one per core; the speed-up is close to the number of cores.
- The GIL is not "released during heavy computation": a busy thread keeps it until the
  switch interval (5 ms) forces a hand-over to a thread that asked for it.

Try this:
- Set THREADS to 1, then to 8. Does the time with threads change at all?
- Switch the GIL mode to "off" (free-threaded Python). What happens to the 4-thread time now?
- Set the number of cores to 1. Do processes still beat threads? What does that tell you about
  where the speed-up comes from?

---zh---
GIL 与 CPU 密集型任务：多线程帮不上忙，多进程可以

同一个纯 Python 任务（从 COUNT 倒数到 0，一共做四遍）用三种方式完成：一个线程做、四个线程同时做、
四个进程同时做。在 CPython 里，线程必须先拿到所在进程的全局解释器锁（GIL）才能执行字节码，
所以四个线程只能轮流使用这一把 GIL，并不比一个线程快。每个进程都有自己的解释器和自己的 GIL，
所以四个进程是真正并行的，最多能用满所有 CPU 核。

看点：
- 4 个线程：任何时刻只有一个线程在运行，其余的都在等 GIL。
- 4 个进程：最多四个同时运行，每个核一个；加速比接近核数。
- GIL 并不是“在计算密集时就会被解开”：忙着计算的线程会一直攥着它，
  直到切换间隔（5 毫秒）到了、又有别的线程在要，才被迫交出去。

试一试：
- 把 THREADS 改成 1，再改成 8。多线程的耗时有变化吗？
- 把 GIL 模式切换成 “off”（无 GIL 的 Python）。4 个线程的耗时会怎样？
- 把核数设为 1。多进程还比多线程快吗？这说明加速到底是从哪里来的？
"""
import os
import threading
import time
from multiprocessing import Process

COUNT = 500000  # @param 10000..3000000
THREADS = 4     # @param 1..8
PROCESSES = 4   # @param 1..8
CHUNKS = 4


def crunch(n):
    while n > 0:        # pure bytecode: needs the GIL all the time
        n -= 1


def timed(label, tasks):
    start = time.perf_counter()
    for t in tasks:
        t.start()
    for t in tasks:
        t.join()
    elapsed = time.perf_counter() - start
    print(f"{label:<12} {elapsed:.3f} s")
    return elapsed


def split(workers):
    return [COUNT * CHUNKS // workers] * workers     # the same total work, shared out


if __name__ == "__main__":
    print(f"{os.cpu_count()} cores; {CHUNKS} x count down from {COUNT}")
    one = timed("1 thread", [threading.Thread(target=crunch, args=(COUNT * CHUNKS,))])
    many = timed(f"{THREADS} threads",
                 [threading.Thread(target=crunch, args=(n,)) for n in split(THREADS)])
    procs = timed(f"{PROCESSES} processes",
                  [Process(target=crunch, args=(n,)) for n in split(PROCESSES)])
    print(f"speed-up with threads:   {one / many:.1f}x")
    print(f"speed-up with processes: {one / procs:.1f}x")
