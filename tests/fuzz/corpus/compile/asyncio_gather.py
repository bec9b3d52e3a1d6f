"""asyncio: await, gather, create_task and wait_for

An `async def` function returns a coroutine object; nothing runs until an event loop drives
it (asyncio.run starts one). At every `await` that has to wait, the coroutine hands control
back to the loop, which resumes some other coroutine that is ready. Awaiting coroutines one by
one runs them one after another; gather() wraps them in tasks that run concurrently and returns
their results in the order you passed them, not the order they finished. create_task() starts
a coroutine in the background; wait_for() gives up after a timeout and cancels what it waited for.

What to look for:
- One thread: the tasks only take turns at their awaits.
- With gather, the three "start" lines come first, then the "done" lines in order of delay.
- The gathered results are in argument order: ['A', 'B', 'C'].
- wait_for: the slow coroutine is cancelled when the timeout expires.

Try this:
- Set TIMEOUT to 2.0. What does wait_for return now?
- Add a line `fetch("x", 0.01)` to main, without await. Is "x: start" ever printed?
  What does Python warn about?
- Make one delay 0.1 and compare the sequential and the gathered times. Which one grows?

---zh---
asyncio：await、gather、create_task 与 wait_for

调用 async def 定义的函数只会得到一个协程对象，必须由事件循环来驱动它才会执行（asyncio.run 会启动一个事件循环）。
每当 await 需要等待时，协程就把控制权交还给事件循环，由循环去恢复另一个已经就绪的协程。
一个接一个地 await 协程，它们就是依次执行的；gather() 会把它们包装成任务并发执行，
返回结果的顺序和你传入的顺序一致，而不是完成的顺序。
create_task() 让协程在后台跑起来；wait_for() 超时就放弃，并取消它所等待的对象。

看点：
- 只有一个线程：各个任务只在各自的 await 处轮流执行。
- 用 gather 时，先出现三行 “start”，然后 “done” 按延迟长短依次出现。
- gather 的结果按参数顺序排列：['A', 'B', 'C']。
- wait_for：超时一到，那个慢吞吞的协程就被取消了。

试一试：
- 把 TIMEOUT 改成 2.0。现在 wait_for 返回什么？
- 在 main 里加一行 `fetch("x", 0.01)`，前面不写 await。“x: start” 会打印出来吗？Python 会给出什么警告？
- 把某一个延迟改成 0.1，比较顺序执行和 gather 的耗时。哪一个变长了？
"""
import asyncio
import time

TIMEOUT = 0.05  # @param 0.01..2.0
DELAYS = {"a": 0.03, "b": 0.01, "c": 0.02}


async def fetch(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)       # hand control back to the loop while waiting
    print(f"{name}: done after {delay} s")
    return name.upper()


async def main():
    start = time.perf_counter()
    for name, delay in DELAYS.items():
        await fetch(name, delay)
    print(f"one by one: {time.perf_counter() - start:.3f} s")

    start = time.perf_counter()
    results = await asyncio.gather(*[fetch(n, d) for n, d in DELAYS.items()])
    print(f"gather: {time.perf_counter() - start:.3f} s, results {results}")

    task = asyncio.create_task(fetch("late", 0.01))
    print(f"task created, done? {task.done()}")  # it has not even started
    print(f"task result: {await task}")

    try:
        result = await asyncio.wait_for(fetch("slow", 0.5), timeout=TIMEOUT)
        print(f"slow finished in time: {result}")
    except asyncio.TimeoutError:
        print(f"slow: no answer within {TIMEOUT} s, cancelled")


asyncio.run(main())
