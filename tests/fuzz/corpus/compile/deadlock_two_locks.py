"""Deadlock: two threads, two locks, opposite order

Two threads move money between two accounts, and each account has its own lock. T1 locks A
and then B; T2 locks B and then A. Each takes its first lock, pauses a moment (as real code
would, doing some work), then asks for its second lock, which the other thread is holding.
Neither will let go of what it has, so both wait forever: a deadlock. Nothing crashes and
nothing is printed; the program simply stops making progress.

What to look for:
- Both threads end up blocked, each on the lock the other one holds.
- The wait-for graph shows a cycle: T1 -> lock B -> T2 -> lock A -> T1.
- "finished" is never printed; the main thread is stuck in join().

Try this:
- Set PAUSE to 0. Is the deadlock still certain, or does it now depend on the schedule?
  Step through it by hand and find an order of moves that avoids it.
- Make T2 take A first and B second, like T1. Why can a cycle no longer form?
- Open deadlock_fixed.py for two standard ways out.

---zh---
死锁：两个线程、两把锁、相反的加锁顺序

两个线程在两个账户之间转账，每个账户各有一把锁。T1 先锁 A 再锁 B，T2 先锁 B 再锁 A。
它们各自拿到第一把锁后稍微停一下（就像真实代码里总会先干点别的），再去申请第二把锁——
而那把锁正攥在对方手里。谁都不肯放开已经到手的锁，于是双方永远等下去，这就是死锁。
程序不会崩溃，也不会报错，只是再也不往前走了。

看点：
- 两个线程最终都处于阻塞状态，各自等着对方手里的那把锁。
- 等待图（wait-for graph）里出现一个环：T1 -> 锁 B -> T2 -> 锁 A -> T1。
- “finished” 永远不会打印出来，主线程卡在 join() 上。

试一试：
- 把 PAUSE 改成 0。死锁还是必然发生吗，还是要看调度的运气？手动单步执行，找一种能躲过死锁的执行顺序。
- 让 T2 也先锁 A 再锁 B，和 T1 一致。为什么这样就不可能形成环了？
- 打开 deadlock_fixed.py，看看两种常用的解决办法。
"""
# expect: deadlock
import threading
import time

from interleave import note

PAUSE = 0.05  # @param 0.0..0.5

lock_a = threading.Lock()
lock_b = threading.Lock()


def t1_moves_a_to_b():
    with lock_a:
        note("T1 holds A and wants B")
        time.sleep(PAUSE)
        with lock_b:
            print("T1 moved money from A to B")


def t2_moves_b_to_a():
    with lock_b:
        note("T2 holds B and wants A")
        time.sleep(PAUSE)
        with lock_a:
            print("T2 moved money from B to A")


t1 = threading.Thread(target=t1_moves_a_to_b, name="T1")
t2 = threading.Thread(target=t2_moves_b_to_a, name="T2")
t1.start()
t2.start()
t1.join()
t2.join()
print("finished")
