"""Pipe ping-pong: two processes, one duplex pipe, poll with a timeout

Pipe() returns two connection objects, one for each end. By default the pipe is duplex: both
ends can send() and recv(), so one pipe carries the pings one way and the pongs back. recv()
blocks until something arrives. poll(timeout) waits at most that long and answers True or
False, which lets the parent do something else (here: count) while the child thinks. poll()
with no argument does not wait at all. Whatever you send is copied (pickled) to the other
process; the two sides never share the object itself.

What to look for:
- The child process is blocked in recv() while the parent prepares the next ping.
- The parent wakes up from poll() every POLL_TIMEOUT seconds until the pong is there.
- None is the agreed "game over" message; after it the child leaves its loop and exits with code 0.

Try this:
- Set POLL_TIMEOUT to 0.5. How many timed-out polls are left? Is the parent any slower?
- Set REPLY_MS to 0. Can poll() still time out?
- Create the pipe with Pipe(duplex=False). Which end may send now, and what happens when
  the other end tries?

---zh---
管道乒乓：两个进程、一条双向管道、带超时的 poll

Pipe() 返回两个连接对象，分别是管道的两端。默认情况下管道是双向的（duplex）：两端都可以 send() 和 recv()，
所以同一条管道既能把 ping 送过去，也能把 pong 传回来。recv() 会一直阻塞到有数据到达；
poll(timeout) 最多等待这么久，然后回答 True 或 False，这样父进程就能在子进程“思考”的时候干点别的
（这里是数一数等了几次）。不带参数的 poll() 则完全不等待。
发送的东西会被复制（pickle）到另一个进程，双方从来不共享同一个对象。

看点：
- 父进程准备下一个 ping 的时候，子进程阻塞在 recv() 上。
- 父进程每隔 POLL_TIMEOUT 秒从 poll() 中醒来一次，直到 pong 到达。
- None 是事先约定的“结束”消息，子进程收到后跳出循环，以退出码 0 结束。

试一试：
- 把 POLL_TIMEOUT 改成 0.5。超时的 poll 还剩几次？父进程变慢了吗？
- 把 REPLY_MS 设为 0。poll() 还会超时吗？
- 改用 Pipe(duplex=False) 创建管道。现在哪一端能发送？另一端试图发送时会怎样？
"""
from multiprocessing import Pipe, Process

from interleave import work

ROUNDS = 4           # @param 1..20
REPLY_MS = 30        # @param 0..200
POLL_TIMEOUT = 0.01  # @param 0.001..0.5


def player(conn):
    while True:
        message = conn.recv()        # blocks until the other end sends
        if message is None:
            break
        work(REPLY_MS)               # think before answering
        conn.send(message.replace("ping", "pong"))
    conn.close()


if __name__ == "__main__":
    here, there = Pipe()             # duplex: both ends send and receive
    child = Process(target=player, args=(there,))
    child.start()
    print("anything to read before the first ping?", here.poll())
    for i in range(ROUNDS):
        here.send(f"ping {i}")
        timed_out = 0
        while not here.poll(POLL_TIMEOUT):
            timed_out += 1           # free to do other work here
        print(f"{here.recv()} after {timed_out} timed-out polls")
    here.send(None)
    child.join()
    print("child exit code:", child.exitcode)
