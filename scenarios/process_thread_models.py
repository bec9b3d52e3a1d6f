"""Processes, threads, or both: three ways to run four tasks, and what each costs

A process is heavy: its own memory, its own interpreter, its own GIL; starting one costs far
more than starting a thread. A thread is light and shares everything, but in CPython threads
of one process take turns on its GIL. There are three ways to run several tasks at once:
several processes with one thread each, one process with several threads, or several
processes with several threads each (rarely worth the complexity). Every task here waits a
little (I/O) and then computes a little (CPU), and each plan runs the same four tasks.

What to look for:
- Start-up: starting and joining STARTS empty processes takes much longer than STARTS threads.
- 1 process x 4 threads: the waits overlap, but the computing is done one thread at a time (GIL).
- 4 processes x 1 thread: both the waits and the computing overlap, up to the number of cores.

Try this:
- Set COUNT to 0 (pure I/O). Which plan wins now, and is the difference worth a process each?
- Set IO_MS to 0 (pure CPU). How does 1 x 4 compare with 4 x 1?
- Set the number of cores to 2. Which plan loses the most?

---zh---
多进程、多线程，还是两者结合：运行四个任务的三种方式，以及各自的代价

进程是“重量级”的：有自己的内存、自己的解释器、自己的 GIL，启动一个进程的开销远大于启动一个线程。
线程很“轻”，什么都共享，但在 CPython 里，同一个进程的线程要轮流使用这个进程的 GIL。
让多个任务同时进行有三种方式：多个进程、每个进程一个线程；一个进程、多个线程；
多个进程、每个进程再开多个线程（这种最复杂，实际中很少值得）。
这里每个任务都先等一会儿（I/O），再算一会儿（CPU），每种方案跑的是同样的四个任务。

看点：
- 启动开销：启动并等待 STARTS 个空进程，比 STARTS 个空线程慢得多。
- 1 个进程 x 4 个线程：等待可以重叠，但计算只能一个线程一个线程地来（GIL）。
- 4 个进程 x 1 个线程：等待和计算都能重叠，最多用满所有的核。

试一试：
- 把 COUNT 设为 0（纯 I/O）。现在哪种方案最快？为此每个任务开一个进程值得吗？
- 把 IO_MS 设为 0（纯 CPU）。1 x 4 和 4 x 1 相比如何？
- 把核数设为 2。哪种方案损失最大？
"""
import threading
import time
from multiprocessing import Process

STARTS = 10      # @param 1..50
IO_MS = 30       # @param 0..200
COUNT = 300000   # @param 0..2000000
PLANS = [(4, 1), (1, 4), (2, 2)]     # (processes, threads per process)


def task():
    time.sleep(IO_MS / 1000)         # waiting: no GIL needed
    n = COUNT
    while n > 0:                     # computing: needs the GIL
        n -= 1


def threads_here(count):
    crew = [threading.Thread(target=task) for _ in range(count)]
    for t in crew:
        t.start()
    for t in crew:
        t.join()


def start_and_join(tasks):
    start = time.perf_counter()
    for t in tasks:
        t.start()
    for t in tasks:
        t.join()
    return time.perf_counter() - start


if __name__ == "__main__":
    empty_threads = start_and_join([threading.Thread(target=int) for _ in range(STARTS)])
    empty_procs = start_and_join([Process(target=int) for _ in range(STARTS)])
    print(f"start+join {STARTS} threads:   {empty_threads * 1000:.1f} ms")
    print(f"start+join {STARTS} processes: {empty_procs * 1000:.1f} ms")
    for processes, threads in PLANS:
        took = start_and_join([Process(target=threads_here, args=(threads,))
                               for _ in range(processes)])
        print(f"{processes} process(es) x {threads} thread(s): {took:.3f} s")
