"""Processes: create, start, join, and what a process knows about itself

Process(target=f, args=(...), kwargs={...}, name=...) describes a child process; start()
creates it and runs f in it, join() waits for it to end. Alternatively subclass Process and
override run(). Calling run() yourself runs it in the current process: only start() makes a
new one. Every process has a pid (os.getpid()) and a parent (os.getppid()); children are named
Process-1, Process-2... unless you name them. An exception inside a child is not passed to the
parent: the child prints its traceback and ends with exitcode 1. close() does not stop a
process; it frees the Process object's resources and refuses while the process still runs.
On Windows and macOS, children start by importing your script afresh (spawn): that is why the
code that starts them sits under `if __name__ == "__main__":`. Linux forks by default.

What to look for:
- is_alive() is False before start(), True while the child runs, False after join().
- The Counter run by start() prints its own process name; the one called with run() prints MainProcess.
- The failing child's traceback is in the console, and the parent carries on.
- Names count every Process object made, named or not: the failing child is Process-4.

Try this:
- Remove `slow.join()` before `slow.close()`. What does close() say?
- Give the first process name="greeter". Which lines change?
- Replace the lines c.start() and c.join() by c.run(). Which process does the counting now?

---zh---
进程：创建、启动、等待，以及进程对自己的了解

Process(target=f, args=(...), kwargs={...}, name=...) 描述了一个子进程；start() 真正创建它并在里面运行 f，
join() 等它结束。另一种写法是继承 Process 并重写 run()。注意，自己直接调用 run() 只会在当前进程里执行，
只有 start() 才会创建新进程。每个进程都有 pid（os.getpid()）和父进程（os.getppid()）；
子进程默认叫 Process-1、Process-2……，除非你给它起名字。子进程里抛出的异常不会传给父进程：
子进程打印出自己的 traceback，以退出码 1 结束。close() 并不能结束进程，它只是释放 Process 对象占用的资源，
而且进程还在运行时会拒绝执行。在 Windows 和 macOS 上，子进程启动时会重新导入你的脚本（spawn 方式），
所以启动子进程的代码要放在 `if __name__ == "__main__":` 下面；Linux 默认用的是 fork。

看点：
- start() 之前 is_alive() 为 False，子进程运行时为 True，join() 之后又是 False。
- 通过 start() 运行的 Counter 打印的是它自己的进程名；直接调用 run() 的那个打印的是 MainProcess。
- 出错子进程的 traceback 出现在控制台里，而父进程照常往下执行。
- 默认名字里的编号把每个创建过的 Process 对象都算在内（不管有没有起名），所以出错的子进程叫 Process-4。

试一试：
- 删掉 `slow.close()` 前面的 `slow.join()`。close() 会说什么？
- 给第一个进程加上 name="greeter"。哪些输出行变了？
- 把 c.start() 和 c.join() 这两行换成 c.run()。现在是哪个进程在数数？
"""
import os
import time
from multiprocessing import Process, current_process

DELAY = 0.1  # @param 0.0..1.0


def greet(greeting, name="world"):
    me = current_process()
    print(f"{me.name}: {greeting}, {name}! (pid {os.getpid()}, parent {os.getppid()})")


class Counter(Process):
    def __init__(self, upto):
        super().__init__(name="counter")
        self.upto = upto

    def run(self):                   # runs in the new process after start()
        print(f"{current_process().name} counts {list(range(1, self.upto + 1))}")


if __name__ == "__main__":
    print(f"main: {current_process().name}, pid {os.getpid()}")
    p = Process(target=greet, args=("hello",), kwargs={"name": "processes"})
    print(f"{p.name} before start: alive? {p.is_alive()}, pid {p.pid}")
    p.start()
    print(f"{p.name} after start: alive? {p.is_alive()}")
    p.join()
    print(f"{p.name} after join: alive? {p.is_alive()}, exitcode {p.exitcode}")

    c = Counter(3)
    c.start()
    c.join()
    Counter(2).run()                 # no new process: runs right here

    broken = Process(target=int, args=("not a number",))
    broken.start()
    broken.join()
    print(f"{broken.name} raised ValueError: exitcode {broken.exitcode}")

    slow = Process(target=time.sleep, args=(DELAY,), name="slow")
    slow.start()
    slow.join()
    slow.close()                     # frees its resources; the process is over
    print("slow closed")
