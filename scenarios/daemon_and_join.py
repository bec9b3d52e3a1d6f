"""Daemons, join(timeout), terminate() and orphans

A program ends when its last non-daemon thread ends. Daemon threads do not keep it alive: when
the main thread and every other non-daemon thread are done, daemon threads are simply stopped
wherever they are (no finally, no clean-up). So the program waits for its non-daemon
threads, never for daemon ones (some notes claim the opposite). join(timeout) waits at most
that long and returns None either way: call is_alive() to learn whether the thread finished.
Processes work alike: at exit, multiprocessing terminates daemon children and waits for the
others. terminate() kills a process at once, but not its own children: they live on as orphans
and get a new parent.

What to look for:
- After join(timeout=0.02) the worker is still alive; after a plain join() it is not.
- The ticker (a daemon thread) and the daemon process are still running when the main thread
  finishes; they are stopped, never joined.
- The middle process is terminated (exit code -15, SIGTERM), but its child keeps running and
  reports that its parent has changed.

Try this:
- Make the ticker a normal thread (daemon=False). What happens when the main thread is done?
- Set WORKER_S to 0.01. What does is_alive() say right after join(timeout=0.02)?
- Make the middle process a daemon (daemon=True). Why does starting its child now fail?

---zh---
守护线程/进程、join(timeout)、terminate() 与孤儿进程

程序在最后一个“非守护”线程结束时结束。守护线程并不会让程序继续活着：主线程和所有非守护线程都结束后，
守护线程会在它当时所在的位置被直接停掉（finally 不会执行，也没有任何清理）。
所以“主线程执行完后还要等守护线程做完”的说法是错的，要等的恰恰是非守护线程。
join(timeout) 最多等这么久，而且无论结果如何都返回 None，想知道线程是否真的结束了，得再调用 is_alive()。
进程也类似：程序退出时，multiprocessing 会终止守护子进程，并等待其他子进程结束。
terminate() 会立即杀死一个进程，但不会连带杀死它自己创建的子进程：那些子进程成了孤儿，会被过继给新的父进程。

看点：
- join(timeout=0.02) 之后 worker 还活着；普通的 join() 之后就结束了。
- 主线程结束时，ticker（守护线程）和守护进程都还在运行；它们是被停掉的，而不是被 join 的。
- 中间进程被终止（退出码 -15，即 SIGTERM），但它的子进程照样运行，并报告自己的父进程变了。

试一试：
- 把 ticker 改成普通线程（daemon=False）。主线程结束后会发生什么？
- 把 WORKER_S 改成 0.01。join(timeout=0.02) 之后 is_alive() 返回什么？
- 把中间进程设为守护进程（daemon=True）。为什么它现在无法创建子进程了？
"""
import os
import threading
import time
from multiprocessing import Event, Process, Queue

WORKER_S = 0.1  # @param 0.01..1.0


def tick_forever():
    while True:
        time.sleep(0.01)


def grandchild(q, first_parent):
    time.sleep(0.1)                   # its parent is terminated meanwhile
    q.put(f"grandchild: still running, parent changed: {os.getppid() != first_parent}")


def middle(q, started):
    Process(target=grandchild, args=(q, os.getpid()), name="grandchild").start()
    started.set()
    time.sleep(10)                    # would go on for long, but is terminated


if __name__ == "__main__":
    ticker = threading.Thread(target=tick_forever, name="ticker", daemon=True)
    worker = threading.Thread(target=time.sleep, args=(WORKER_S,), name="worker")
    ticker.start()
    worker.start()
    worker.join(timeout=0.02)
    print("after join(timeout=0.02): worker alive?", worker.is_alive())
    worker.join()
    print("after join(): worker alive?", worker.is_alive())

    spinner = Process(target=tick_forever, name="spinner", daemon=True)
    spinner.start()
    q = Queue()
    started = Event()
    mid = Process(target=middle, args=(q, started), name="middle")
    mid.start()
    started.wait()
    mid.terminate()
    mid.join()
    print(f"middle: exitcode {mid.exitcode}, alive? {mid.is_alive()}")
    print(q.get(timeout=2))
    print(f"daemon thread alive? {ticker.is_alive()}; daemon process alive? {spinner.is_alive()}")
    print("main done: the daemons are stopped now, without being joined")
