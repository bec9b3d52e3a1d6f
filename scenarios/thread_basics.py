"""Threads: create, start, join, and what a thread knows about itself

threading.Thread(target=f, args=(...)) is the twin of multiprocessing.Process, but the new
thread runs inside the same process and shares its memory. A thread goes from new (created),
to ready and running once started, may be blocked or sleeping on the way, and ends done.
Default names are Thread-1, Thread-2... and, since Python 3.10, the target's name in brackets:
"Thread-1 (worker)". current_thread() is the thread asking, main_thread() the one the program
started in, active_count() counts the live threads including the main thread, enumerate()
lists them, and get_ident() returns a number that identifies the current thread (not the
thread object). A subclass of Thread overrides run(), and may add its own fields.

What to look for:
- The three workers are sleeping at the same time; the main thread is blocked in join().
- active_count() is 4 while the workers live (3 workers + MainThread) and 1 afterwards.
- The Downloader keeps its result in an attribute that the main thread reads after join().

Try this:
- Set WORKERS to 6. What does active_count() say inside the workers now?
- Give the workers name=f"w{n}". How do the printed names change?
- Read d.size before d.join(). What do you get, and why?

---zh---
线程：创建、启动、等待，以及线程对自己的了解

threading.Thread(target=f, args=(...)) 和 multiprocessing.Process 是一对“孪生兄弟”，
只是新线程运行在同一个进程里，共享这个进程的内存。线程的一生：新建，启动后进入就绪和运行，
中途可能阻塞或睡眠，最后结束。默认名字是 Thread-1、Thread-2……从 Python 3.10 起还会在括号里带上目标函数名，
例如 “Thread-1 (worker)”。current_thread() 是当前正在提问的线程，main_thread() 是程序启动时所在的线程，
active_count() 统计存活的线程数（包括主线程），enumerate() 列出它们，
get_ident() 返回的是标识当前线程的一个整数，而不是线程对象本身。
也可以继承 Thread、重写 run()，还能加上自己的属性。

看点：
- 三个 worker 同时在睡眠，主线程阻塞在 join() 上。
- worker 活着的时候 active_count() 是 4（3 个 worker 加 MainThread），结束后变成 1。
- Downloader 把结果存进自己的属性里，主线程在 join() 之后读取它。

试一试：
- 把 WORKERS 改成 6。worker 里的 active_count() 现在是多少？
- 给 worker 加上 name=f"w{n}"。打印出来的名字有什么变化？
- 在 d.join() 之前读取 d.size。读到的是什么？为什么？
"""
import threading
import time

WORKERS = 3  # @param 1..8


def worker(n, ready):
    me = threading.current_thread()
    ready.wait()                          # start all at once, so the count is stable
    print(f"{me.name}: {threading.active_count()} threads alive")
    time.sleep(0.03)


class Downloader(threading.Thread):
    def __init__(self, url):
        super().__init__()
        self.url = url
        self.size = None

    def run(self):                        # runs in the new thread after start()
        time.sleep(0.02)
        self.size = len(self.url) * 100


print(f"main thread: {threading.main_thread().name}, alone? {threading.active_count() == 1}")
ready = threading.Barrier(WORKERS + 1)
workers = [threading.Thread(target=worker, args=(n, ready)) for n in range(WORKERS)]
print(f"{workers[0].name} before start: alive? {workers[0].is_alive()}")
for w in workers:
    w.start()
print("alive:", sorted([t.name for t in threading.enumerate()]))
ready.wait()
for w in workers:
    w.join()
print(f"after join: {threading.active_count()} thread alive")
print("get_ident() is a number:", isinstance(threading.get_ident(), int))

d = Downloader("https://example.com/")
d.start()
d.join()
print(f"{d.name} downloaded {d.url}: {d.size} bytes")
