# Bench copy of scenarios/dining_philosophers.py with MEALS = 1 and EAT_MS = 0 (5 philosophers, no
# sleeps): what docs/performance.md measures `interleave explore` runs/s on.
"""Dining philosophers: a deadlock that needs an unlucky schedule

Five philosophers sit round a table with one fork between each pair of neighbours. To eat,
a philosopher picks up the left fork, then the right one, eats, and puts both down. Usually
everybody gets to eat. But if all five pick up their left fork at about the same moment, each
then waits for a right fork that a neighbour holds: a cycle of five, and nobody eats again.
There is no sleep between the two forks, so the deadlock is not certain: it needs the wrong
thread to be switched out at the wrong instruction. Under CPython it almost never happens;
Interleave's random and pct policies find it, and you can force it by hand in step mode.

What to look for:
- Most runs finish. Run with different seeds until one ends in a deadlock.
- In the deadlocked run, each philosopher holds exactly one fork: the wait-for graph is a ring of five.

Try this:
- Set REACH_MS to 5 (a pause while reaching for the second fork). Does the deadlock get more likely? Why?
- Set ONE_LEFTY to 1: the last philosopher picks up the right fork first. Why can a ring of
  waiters no longer close? (Hint: look at the order the forks are taken in.)
- In step mode, let every philosopher take the left fork first. What happens next?

---zh---
哲学家就餐：需要“倒霉”调度才会出现的死锁

五位哲学家围坐一桌，每两人之间放一把叉子。想吃饭时，哲学家先拿起左边的叉子，再拿右边的，
吃完把两把都放下。一般情况下大家都能吃上饭。可如果五个人几乎同时拿起了左手边的叉子，
接下来每个人都在等邻居手里的那把右叉：五个人围成一个等待环，谁也吃不上了。
这里两次拿叉之间没有 sleep，所以死锁并不必然发生：得恰好在某条指令处把某个线程切换出去才行。
在 CPython 下几乎碰不到；Interleave 的 random 和 pct 调度策略能把它找出来，
你也可以在单步模式下亲手制造它。

看点：
- 大多数运行都能正常结束。换几个随机种子多跑几次，直到某次以死锁告终。
- 在死锁的那次运行里，每位哲学家手里恰好只有一把叉子，等待图是一个五个人的环。

试一试：
- 把 REACH_MS 设为 5（伸手去拿第二把叉子时停顿一下）。死锁变得更容易出现了吗？为什么？
- 把 ONE_LEFTY 设为 1：最后一位哲学家先拿右边的叉子。为什么等待环再也合不上了？
  （提示：看看每个人拿叉子的先后顺序。）
- 在单步模式下，让每位哲学家都先拿起左叉。接下来会发生什么？
"""
# expect: deadlock
import threading

from interleave import work

PHILOSOPHERS = 5  # @param 2..8
MEALS = 1         # @param 1..20
EAT_MS = 0        # @param 0..20
REACH_MS = 0      # @param 0..20
ONE_LEFTY = 0     # @param 0..1

forks = [threading.Lock() for _ in range(PHILOSOPHERS)]
meals_eaten = [0] * PHILOSOPHERS


def philosopher(seat):
    first = seat
    second = (seat + 1) % PHILOSOPHERS
    if ONE_LEFTY and seat == PHILOSOPHERS - 1:
        first, second = second, first
    for _ in range(MEALS):
        forks[first].acquire()
        if REACH_MS:
            work(REACH_MS)
        forks[second].acquire()
        work(EAT_MS)
        meals_eaten[seat] += 1
        forks[second].release()
        forks[first].release()


diners = [threading.Thread(target=philosopher, args=(seat,), name=f"P{seat}")
          for seat in range(PHILOSOPHERS)]
for d in diners:
    d.start()
for d in diners:
    d.join()
print(f"meals eaten: {meals_eaten}")
print("everybody ate; no deadlock this time")
