"""Race condition: counter += 1 is not atomic

Four threads each add 1 to a shared counter INCREMENTS times. `counter += 1` looks like one
step but is three bytecode instructions: load counter, add 1, store counter (see it with
`interleave dis race_counter.py`). If a thread is switched out between its load and its store,
another thread's updates in between are overwritten: a lost update. With USE_LOCK set to 1,
the three steps run inside `with lock:` and no update is ever lost.
The GIL does not prevent this: it protects the interpreter's own data, not your variables.
CPython 3.11 happens to switch threads only at certain points (such as the jump back to the
top of a loop), so there you will rarely see a loss; that is an implementation detail, not a
promise. Interleave can switch at any instruction, so the bad interleaving shows up and can be
replayed exactly.

What to look for:
- Without the lock, the final count is usually below the expected count.
- Step through: find the moment one thread loads the counter and another stores it before it.
- With the lock, threads wait for each other at the lock and the count is always exact.

Try this:
- Set WIDEN to 1 (and INCREMENTS to 10000): a time.sleep(0) between the read and the write
  hands the GIL to another thread right there. Now even plain CPython loses updates. Why?
- Set USE_LOCK to 1. What does the lock cost? Compare the run time and the lock's contention.
- Set THREADS to 1. Can an update still be lost?

---zh---
竞态条件：counter += 1 不是原子操作

四个线程各自给共享计数器加 1，各加 INCREMENTS 次。counter += 1 看起来是一步，其实是三条字节码：
读出 counter、加 1、写回 counter（用 `interleave dis race_counter.py` 可以看到）。
如果某个线程在“读”和“写”之间被切换出去，别的线程在这段时间里做的更新就会被它覆盖掉，
这叫“丢失更新”。把 USE_LOCK 设为 1，这三步就在 `with lock:` 里完成，一次更新也不会丢。
GIL 防不住这种问题：它保护的是解释器自己的内部数据，而不是你的变量。
CPython 3.11 只在某些特定位置（比如循环跳回开头时）才切换线程，所以在那里很难看到丢失，
但这只是实现细节，并不是保证。Interleave 可以在任意一条指令处切换，
所以这种“坏”的交错一定能复现，还能原样重放。

看点：
- 不加锁时，最终计数通常比预期的少。
- 单步执行：找到某个线程读出计数器后、另一个线程抢先写回的那一刻。
- 加锁后，线程会在锁上互相等待，计数永远准确。

试一试：
- 把 WIDEN 设为 1（同时把 INCREMENTS 改成 10000）：在读和写之间插一个 time.sleep(0)，
  正好在这里把 GIL 交给别的线程。现在连普通的 CPython 也会丢失更新了。为什么？
- 把 USE_LOCK 设为 1。加锁的代价是什么？对比一下运行时间和锁的争用情况。
- 把 THREADS 设为 1。还可能丢失更新吗？
"""
import threading
import time

THREADS = 4          # @param 1..8
INCREMENTS = 100000  # @param 100..1000000
USE_LOCK = 0         # @param 0..1
WIDEN = 0            # @param 0..1

counter = 0
lock = threading.Lock()


def bump():
    global counter
    if WIDEN:
        value = counter
        time.sleep(0)          # give the GIL away between the read and the write
        counter = value + 1
    else:
        counter += 1           # load, add, store: three instructions


def add(times):
    for _ in range(times):
        if USE_LOCK:
            with lock:
                bump()
        else:
            bump()


workers = [threading.Thread(target=add, args=(INCREMENTS,)) for _ in range(THREADS)]
for w in workers:
    w.start()
for w in workers:
    w.join()
expected = THREADS * INCREMENTS
print(f"expected {expected}, got {counter}, lost {expected - counter}")
