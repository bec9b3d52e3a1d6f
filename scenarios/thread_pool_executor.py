"""concurrent.futures: executors, futures, as_completed and wait

An executor owns a fixed set of workers (threads for ThreadPoolExecutor, processes for
ProcessPoolExecutor). submit() puts a job in its queue and at once returns a Future: a
receipt for a result that does not exist yet. done() asks without waiting, result() waits,
add_done_callback() runs a function when the job ends, and as_completed() hands the futures
back in the order they finish. If the job raised, result() raises the same exception in the
caller. Leaving the `with` block calls shutdown(wait=True): no new jobs, wait for the old ones.

What to look for:
- WORKERS threads fetch; the other jobs wait in the executor's queue.
- "completed" lines come in order of finishing; the final list is in order of submission.
- wait(timeout=...) returns two sets, done and not done, without cancelling anything.
- The process pool's map() returns results in input order, and the worker's ValueError
  reaches the main process through result().

Try this:
- Set WORKERS to 1. What order do the jobs complete in now?
- Set WAIT_S to 0.2. How many futures are done by then?
- Call fail(-1) without a pool. Compare the traceback with the one re-raised by result().

---zh---
concurrent.futures：执行器、Future、as_completed 和 wait

执行器（executor）手里有一组固定的工人：ThreadPoolExecutor 用线程，ProcessPoolExecutor 用进程。
submit() 把任务放进它的队列，并立刻返回一个 Future——相当于一张“取货单”，结果此时还不存在。
done() 只问不等，result() 会一直等到结果出来，add_done_callback() 在任务结束时调用指定的函数，
as_completed() 按完成的先后把 Future 交还给你。任务里抛出的异常，会在调用 result() 的地方原样再抛出来。
离开 with 块时会调用 shutdown(wait=True)：不再接新活，并等旧活干完。

看点：
- 同时只有 WORKERS 个线程在抓取，其余任务在执行器的队列里排队。
- “completed” 各行按完成先后出现；最后那个列表则按提交顺序排列。
- wait(timeout=...) 返回两个集合：已完成的和未完成的，它不会取消任何任务。
- 进程池的 map() 按输入顺序返回结果；工作进程里的 ValueError 通过 result() 传回了主进程。

试一试：
- 把 WORKERS 设为 1。现在任务按什么顺序完成？
- 把 WAIT_S 改成 0.2。到那时有几个 Future 已经完成了？
- 不用进程池，直接调用 fail(-1)。把它的 traceback 和 result() 再抛出的那个比较一下。
"""
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed, wait

from interleave import note

WORKERS = 3    # @param 1..8
WAIT_S = 0.03  # @param 0.0..0.3
DELAYS = [0.05, 0.01, 0.04, 0.02, 0.03]


def fetch(n, delay):
    time.sleep(delay)                # waiting for the network
    return f"page {n}"


def square(n):
    return n * n


def fail(n):
    raise ValueError(f"bad input {n}")


def announce(future):
    note(f"callback: {future.result()} is ready")


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = [pool.submit(fetch, n, d) for n, d in enumerate(DELAYS)]
        print("right after submit, job 0 done?", futures[0].done())
        futures[0].add_done_callback(announce)
        done, not_done = wait(futures, timeout=WAIT_S)
        print(f"after wait({WAIT_S}): {len(done)} done, {len(not_done)} not done")
        for f in as_completed(futures):
            print("completed:", f.result())
    print("in submission order:", [f.result() for f in futures])

    with ProcessPoolExecutor(max_workers=2) as pool:
        print("map keeps input order:", list(pool.map(square, [5, 3, 8, 1])))
        failed = pool.submit(fail, -1)
        try:
            failed.result()
        except ValueError as error:
            print("result() re-raised:", repr(error))
