"""asyncio: one blocking call stalls the whole event loop

All coroutines of an event loop share one thread. They take turns only at an `await` that
really waits. time.sleep() is not such an await: it puts the whole thread to sleep, loop and
all, so no other coroutine can run until it returns. await asyncio.sleep() instead tells the
loop "wake me later" and lets the others run meanwhile. The same holds for any slow call that
is not async (a blocking network read, a long computation).
A heartbeat task records when it ticks; the longest gap between two ticks shows the stall.

What to look for:
- BLOCKING = 1: the heartbeat stops for SLOW_S seconds; the loop is stuck inside time.sleep().
- BLOCKING = 0: the heartbeat keeps ticking every TICK_S while the slow job waits.
- The total time of the slow job is the same either way; what changes is whether others can run.

Try this:
- Set BLOCKING to 0. What is the longest gap now?
- With BLOCKING = 1, set SLOW_S to 0.3. How many ticks are missed?
- Split the blocking call into ten `time.sleep(SLOW_S / 10)` with an `await asyncio.sleep(0)`
  after each. What is the longest gap now? (This is how a long computation stays polite.)

---zh---
asyncio：一个阻塞调用就能卡住整个事件循环

同一个事件循环里的所有协程共用一个线程，它们只会在“真正需要等待的 await”处轮流执行。
time.sleep() 可不是这样的 await：它让整个线程睡过去，连同事件循环一起，在它返回之前，任何别的协程都动不了。
await asyncio.sleep() 则是告诉事件循环“过一会儿再叫醒我”，在此期间其他协程照常运行。
任何不是 async 的耗时调用（阻塞式的网络读取、长时间的计算）都是同样的道理。
心跳任务记录下每次“跳动”的时间，两次心跳之间最长的间隔就暴露了卡顿。

看点：
- BLOCKING = 1：心跳停了 SLOW_S 秒，事件循环卡在 time.sleep() 里。
- BLOCKING = 0：慢任务在等待的同时，心跳依然每隔 TICK_S 跳一次。
- 两种情况下慢任务本身花的时间一样，区别在于别人还能不能运行。

试一试：
- 把 BLOCKING 设为 0。现在最长的间隔是多少？
- 在 BLOCKING = 1 时，把 SLOW_S 改成 0.3。漏掉了多少次心跳？
- 把这个阻塞调用拆成十次 `time.sleep(SLOW_S / 10)`，每次之后加一句 `await asyncio.sleep(0)`。
  现在最长的间隔是多少？（耗时很长的计算就是这样“讲礼貌”的：时不时把控制权让出去。）
"""
import asyncio
import time

BLOCKING = 1    # @param 0..1
SLOW_S = 0.1    # @param 0.01..0.5
TICK_S = 0.01   # @param 0.005..0.05


async def heartbeat(stop, ticks):
    while not stop.is_set():
        ticks.append(time.perf_counter())
        await asyncio.sleep(TICK_S)


async def slow_job():
    if BLOCKING:
        time.sleep(SLOW_S)             # blocks the thread, so the loop too
    else:
        await asyncio.sleep(SLOW_S)    # lets the loop run other tasks meanwhile


async def main():
    stop = asyncio.Event()
    ticks = []
    beat = asyncio.create_task(heartbeat(stop, ticks))
    await asyncio.sleep(3 * TICK_S)    # a few normal beats first
    start = time.perf_counter()
    await slow_job()
    print(f"slow job took {time.perf_counter() - start:.3f} s")
    await asyncio.sleep(3 * TICK_S)
    stop.set()
    await beat
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
    print(f"{len(ticks)} heartbeats, longest gap {max(gaps):.3f} s (tick every {TICK_S} s)")


asyncio.run(main())
