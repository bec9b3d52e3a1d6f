"""Memory: processes copy it, threads share it, Value shares on purpose

A child process starts with a copy of its parent's memory (on Linux, fork copies the whole
address space, lazily). When the child changes a global variable it changes its own copy; the
parent never sees it. Threads live inside one process and share its memory, so a change made
by a thread is visible to every other thread at once. To share a number between processes on
purpose, create a multiprocessing.Value: it lives in shared memory and comes with a lock.

What to look for:
- The child prints score = 10, yet right after it the parent still has 0: two processes, two copies.
- The thread's change sticks: the thread wrote into the parent's own memory.
- The Value is one object seen by both processes; get_lock() makes the += safe.

Try this:
- Let the child return its score through a Queue instead. Is that a copy or the same object?
- Raise CHILDREN (each child adds BONUS to the Value) and remove `with shared.get_lock():`.
  What can go wrong, and when?
- Set BONUS to 0. Can you still tell from the output which change reached the parent?

---zh---
内存：进程是复制的，线程是共享的，Value 是刻意共享的

子进程启动时拿到的是父进程内存的一份副本（在 Linux 上，fork 会把整个地址空间复制一份，只不过是按需复制）。
子进程修改全局变量，改的是它自己的那份，父进程永远看不到。
线程则生活在同一个进程里，共享这个进程的内存，所以一个线程改了，其他线程马上就能看到。
如果确实需要在进程之间共享一个数，就创建 multiprocessing.Value：它放在共享内存里，还自带一把锁。

看点：
- 子进程打印出 score = 10，可紧接着父进程里的 score 仍然是 0：两个进程，两份数据。
- 线程的修改留了下来：它直接写的就是父进程自己的内存。
- Value 是两个进程都能看到的同一个对象；get_lock() 保证 += 的安全。

试一试：
- 让子进程改用 Queue 把它的 score 传回来。传回来的是副本还是同一个对象？
- 把 CHILDREN 调大（每个子进程都给 Value 加 BONUS），再去掉 `with shared.get_lock():`。会出什么问题？什么时候出？
- 把 BONUS 设为 0。从输出还看得出哪次修改传到了父进程吗？
"""
import threading
from multiprocessing import Process, Value

BONUS = 10    # @param 0..100
CHILDREN = 1  # @param 1..8

score = 0


def add_bonus_to_global(who):
    global score
    score += BONUS
    print(f"  inside the {who}: score = {score}")


def add_bonus_to_shared(shared):
    with shared.get_lock():
        shared.value += BONUS


if __name__ == "__main__":
    child = Process(target=add_bonus_to_global, args=("child process",))
    child.start()
    child.join()
    print(f"after the child process: score = {score}  (the child changed its copy)")

    thread = threading.Thread(target=add_bonus_to_global, args=("thread",))
    thread.start()
    thread.join()
    print(f"after the thread:        score = {score}  (threads share the globals)")

    shared = Value("i", 0)
    children = [Process(target=add_bonus_to_shared, args=(shared,)) for _ in range(CHILDREN)]
    for c in children:
        c.start()
    for c in children:
        c.join()
    print(f"after {CHILDREN} child process(es) with a Value: shared = {shared.value}")
