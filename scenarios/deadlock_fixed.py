"""Deadlock fixed: one global lock order, or give up and back off

The same two threads and two locks as deadlock_two_locks.py, with two standard cures.
STRATEGY 1: every thread takes the locks in one agreed order (A before B), whatever order it
"wants" them in. A cycle of waiters needs someone holding B while waiting for A, and nobody
ever does that. STRATEGY 2: take the first lock, then try the second with acquire(timeout=...).
acquire() returns False when time runs out (it does not raise). The thread then releases what
it holds, waits a random moment (the back-off) and starts again.

What to look for:
- STRATEGY 1: one thread waits for lock A while the other works; no thread ever holds B while waiting.
- STRATEGY 2: a thread that times out lets go of its first lock, and the other thread gets through.
- Both strategies always print "finished".

Try this:
- STRATEGY 2 with BACKOFF set to 0: the threads may retry in lock-step, time out together again
  and again (a livelock: busy, yet no progress). Why does a random pause break the tie?
- STRATEGY 2: make TIMEOUT much longer than PAUSE, then much shorter. How does the number of
  back-offs change?
- STRATEGY 1 with ROUNDS set to 10: does the order of the printed lines still vary from run to run?

---zh---
解决死锁：统一加锁顺序，或者超时放手、退避重试

还是 deadlock_two_locks.py 里的两个线程、两把锁，这次用两种常见的办法来治。
STRATEGY 1：所有线程都按同一个约定的顺序拿锁（先 A 后 B），不管自己“想”先要哪一把。
要形成等待环，必须有人拿着 B 去等 A，而现在谁都不会这样做。
STRATEGY 2：先拿第一把锁，再用 acquire(timeout=...) 尝试第二把。超时的时候 acquire() 返回 False，
并不会抛异常；线程随即放掉手里的锁，随机等一小会儿（退避），然后从头再来。

看点：
- 策略 1：一个线程干活时，另一个线程在等锁 A；始终没有人拿着 B 去等别的锁。
- 策略 2：超时的线程会先把第一把锁让出来，另一个线程就能顺利通过。
- 两种策略都一定会打印 “finished”。

试一试：
- 用策略 2，并把 BACKOFF 设为 0：两个线程可能步调一致地重试，又一起超时，一遍又一遍
  （这叫活锁：都很忙，却毫无进展）。为什么随机等一下就能打破僵局？
- 用策略 2，把 TIMEOUT 调得比 PAUSE 长很多，再调得短很多。退避的次数会怎么变？
- 用策略 1，把 ROUNDS 设为 10：每次运行，打印出来的行顺序还会不同吗？
"""
import random
import threading
import time

from interleave import note

STRATEGY = 1    # @param 1..2
ROUNDS = 3      # @param 1..10
PAUSE = 0.01    # @param 0.0..0.1
TIMEOUT = 0.02  # @param 0.001..0.2
BACKOFF = 0.02  # @param 0.0..0.1

locks = {"A": threading.Lock(), "B": threading.Lock()}


def in_global_order(name, first, second):
    for _ in range(ROUNDS):
        low, high = sorted([first, second])      # always A before B
        with locks[low]:
            time.sleep(PAUSE)
            with locks[high]:
                print(f"{name} moved money from {first} to {second}")


def with_backoff(name, first, second):
    for _ in range(ROUNDS):
        while True:
            locks[first].acquire()
            time.sleep(PAUSE)
            if locks[second].acquire(timeout=TIMEOUT):
                break                             # got both locks
            locks[first].release()                # give up what we hold...
            note(f"{name} backs off")
            time.sleep(random.uniform(0, BACKOFF))   # ...and retry a little later
        print(f"{name} moved money from {first} to {second}")
        locks[second].release()
        locks[first].release()


move = in_global_order if STRATEGY == 1 else with_backoff
t1 = threading.Thread(target=move, args=("T1", "A", "B"), name="T1")
t2 = threading.Thread(target=move, args=("T2", "B", "A"), name="T2")
t1.start()
t2.start()
t1.join()
t2.join()
print("finished")
