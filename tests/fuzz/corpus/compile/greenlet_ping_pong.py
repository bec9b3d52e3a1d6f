"""greenlet: coroutines that switch by hand

A greenlet is a function that can be paused and resumed, like a generator, but it may pause
anywhere, deep inside nested calls, not only at a yield. Nothing runs on its own: control
moves only when some greenlet calls other.switch(value), and that value becomes the return
value of the switch() the other side is paused in. All greenlets share one thread, so exactly
one of them runs at any moment. When a greenlet's function returns, control goes back to its
parent (the greenlet that created it) together with the return value.

What to look for:
- One thread, two greenlets, and control bouncing between them only at switch().
- pong never returns: when ping is done, control goes back to the main greenlet, and pong is
  left suspended (it is still not dead at the end).
- work() in one greenlet holds up everything: greenlets know nothing about blocking.

Try this:
- Set ROUNDS to 1. Which lines are printed, and where does pong stop?
- Set WORK_MS to 50. Does anything else run during that time? Compare with gevent_crawler.py.
- Change pong to `return` after its first answer. Who receives its return value?

---zh---
greenlet：手动切换的协程

greenlet 是一个可以暂停、再恢复执行的函数，这一点像生成器；不同的是，它可以在任意位置暂停，
哪怕是在层层嵌套的函数调用深处，而不仅仅是在 yield 处。greenlet 不会自己动起来：
只有当某个 greenlet 调用 other.switch(value) 时，控制权才会转移，
而这个 value 会成为对方当初暂停时那次 switch() 的返回值。
所有 greenlet 共用同一个线程，所以任何时刻恰好只有一个在运行。
当某个 greenlet 的函数返回时，控制权连同返回值一起交回给它的父 greenlet（也就是创建它的那个）。

看点：
- 一个线程、两个 greenlet，控制权只在 switch() 处来回跳转。
- pong 永远不会返回：ping 结束后控制权回到主 greenlet，pong 被晾在暂停状态（到最后它也没有 dead）。
- 某个 greenlet 里的 work() 会让所有人停下来：greenlet 根本不知道什么叫阻塞。

试一试：
- 把 ROUNDS 设为 1。打印了哪些行？pong 停在了哪里？
- 把 WORK_MS 设为 50。这段时间里还有别的东西在运行吗？和 gevent_crawler.py 比较一下。
- 让 pong 在第一次回应后就 return。它的返回值交给了谁？
"""
# needs: greenlet
from greenlet import greenlet

from interleave import work

ROUNDS = 3   # @param 1..10
WORK_MS = 5  # @param 0..100


def ping(rounds):
    for i in range(rounds):
        print(f"ping {i}")
        work(WORK_MS)
        answer = pong_player.switch(i)     # pause here until pong switches back
        print(f"ping got {answer}")
    return "ping is done"


def pong(first):
    value = first
    while True:
        print(f"  pong {value}")
        work(WORK_MS)
        value = ping_player.switch(value * 10)   # pause; resumes with ping's next i


ping_player = greenlet(ping)
pong_player = greenlet(pong)
result = ping_player.switch(ROUNDS)        # start ping; returns when ping returns
print(f"main got {result!r}")
print(f"ping dead? {ping_player.dead}; pong dead? {pong_player.dead}")
