"""os.fork(): one call, two returns

On Linux a new process is made by fork(): the running process is copied, and both copies go on
from the same line. So os.fork() returns twice: the child's pid in the parent, 0 in the child.
The child has a copy of everything the parent had, and what it changes stays its own. A child
ends with os._exit(code), at once. The parent collects each child's end with os.wait(), which
blocks until one of its children has ended and returns that child's pid and a status
(os.waitstatus_to_exitcode() turns the status into the exit code). multiprocessing on Linux
starts its processes with this same fork.

What to look for:
- One line is printed before the fork, then one from each process after it.
- The child adds to its basket; the parent's basket is unchanged.
- The children end in the reverse order of their start (the first sleeps longest), and os.wait()
  returns them in the order they end, each with its exit code.
- On the timeline, the parent's MainThread is blocked on "wait MainProcess" until a child ends.

Try this:
- Set CHILDREN = 5. In which order does os.wait() return the children?
- Set EXIT_IN_CHILD = 0: a child no longer exits, so it goes on with the loop and forks as
  well. How many "no more children" lines are there now, and why 2 to the power CHILDREN?
- Switch the Executor to native: the pids are the kernel's. Is the child's parent still the parent?

---zh---
os.fork()：调用一次，返回两次

在 Linux 上，新进程是由 fork() 创建的：正在运行的进程被复制一份，两份拷贝都从同一行继续往下执行。
所以 os.fork() 会返回两次：在父进程里返回子进程的 pid，在子进程里返回 0。子进程拿到的是父进程
所有数据的一份拷贝，它改动的只是自己的那一份。子进程用 os._exit(code) 立即结束。父进程用 os.wait()
回收每个子进程：它会阻塞，直到某个子进程结束，然后返回那个子进程的 pid 和一个状态值
（os.waitstatus_to_exitcode() 把状态值换算成退出码）。Linux 上的 multiprocessing 也是用同样的
fork 来启动进程的。

看点：
- fork 之前打印了一行，fork 之后两个进程各打印一行。
- 子进程往自己的 basket 里加了东西；父进程的 basket 没有变。
- 子进程结束的顺序和启动顺序相反（第一个睡得最久），os.wait() 按结束的先后返回它们，各带退出码。
- 在时间线上，父进程的 MainThread 一直阻塞在 "wait MainProcess" 上，直到有子进程结束。

试一试：
- 把 CHILDREN 设为 5。os.wait() 按什么顺序返回这些子进程？
- 把 EXIT_IN_CHILD 设为 0：子进程不再退出，于是它也会继续执行循环、继续 fork。
  现在 "no more children" 出现了几行？为什么是 2 的 CHILDREN 次方？
- 把 Executor 切换成 native：pid 都是内核分配的真实 pid。子进程的父进程还是原来那个吗？
"""
import os
import time

CHILDREN = 3  # @param 1..6
STEP_S = 0.05  # @param 0.01..0.5
EXIT_IN_CHILD = 1  # @param 0..1

basket = ["apple"]
parent = os.getpid()
print(f"before the fork: one process, pid {parent}", flush=True)
pid = os.fork()
if pid == 0:
    basket.append("pear")
    print(f"child: fork() returned 0, my parent is the parent: {os.getppid() == parent}, basket {basket}",
          flush=True)
    os._exit(0)
print(f"parent: fork() returned the child's pid {pid}, basket {basket}", flush=True)
os.waitpid(pid, 0)

for i in range(1, CHILDREN + 1):
    if os.fork() == 0:
        time.sleep((CHILDREN + 1 - i) * STEP_S)  # the first child started sleeps longest
        print(f"child {i} ends", flush=True)
        if EXIT_IN_CHILD:
            os._exit(i)
        # Not exited: this child goes on with the loop, and forks children of its own.

while True:
    try:
        pid, status = os.wait()
    except ChildProcessError:
        break
    print(f"{os.getpid()}: child {pid} ended with exit code {os.waitstatus_to_exitcode(status)}", flush=True)
print(f"{os.getpid()}: no more children", flush=True)
