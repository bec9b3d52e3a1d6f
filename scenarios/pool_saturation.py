"""Pool saturation: eight jobs, two workers

A multiprocessing.Pool starts its worker processes up front (here 2) and hands them jobs from
an internal task queue. Submitting eight jobs does not create eight processes: six of them wait
in the pool's queue until a worker is free. The ways to submit differ in who waits:
apply_async() returns at once (its callback runs in the parent when a result arrives);
apply() blocks until that one job is done and returns its result (it takes no callback);
map() and starmap() block until all results are in and return them in input order;
map_async() returns at once, and its get() waits.

What to look for:
- Only WORKERS jobs run at any moment; the rest sit in the pool's task queue.
- apply_async: the callbacks arrive in completion order, not submission order.
- apply: one job at a time, so it takes about as long as doing the jobs yourself.
- map and starmap: the results come back in input order, even though short jobs end first.
- map_async: returns at once like apply_async; get() then waits for the whole list.

Try this:
- Set WORKERS to 8. How do the times change? And with WORKERS set to 1?
- Compare the apply and apply_async times. Why is calling apply() in a loop a poor use of a pool?
- Make the first job 200 ms long (JOB_MS). Which mode suffers most, and why does map still
  have to wait for it?

---zh---
进程池饱和：8 个任务，2 个工人

multiprocessing.Pool 在创建时就把工作进程（这里是 2 个）全部启动好，再从内部的任务队列里给它们派活。
提交 8 个任务并不会生出 8 个进程：其中 6 个要在池子的队列里排队，等有空闲的工人才能开工。
几种提交方式的区别在于“谁在等”：apply_async() 立刻返回，结果一到就在父进程里调用回调函数；
apply() 会一直阻塞到这一个任务做完，然后直接返回结果（它没有 callback 参数）；
map() 和 starmap() 要等全部结果到齐才返回，并且按输入顺序排列；map_async() 立即返回，由它的 get() 来等。

看点：
- 任何时刻都只有 WORKERS 个任务在跑，其余的都在池子的任务队列里等着。
- apply_async：回调按“完成”的先后到达，而不是按提交的先后。
- apply：一次只做一个任务，总耗时和自己挨个做差不多。
- map 和 starmap：即使短任务先做完，结果仍按输入顺序返回。
- map_async：像 apply_async 一样立即返回，之后 get() 再等整张结果列表。

试一试：
- 把 WORKERS 改成 8，耗时有什么变化？改成 1 呢？
- 对比 apply 和 apply_async 的耗时。为什么在循环里调用 apply() 是对进程池的浪费？
- 把第一个任务改成 200 毫秒（JOB_MS）。哪种方式受影响最大？为什么 map 也只能干等它？
"""
import time
from multiprocessing import Pool

from interleave import note, work

WORKERS = 2  # @param 1..8
MODE = 0     # @param 0..5
JOB_MS = [40, 10, 30, 10, 20, 10, 30, 20]
MODES = ["all in turn", "apply_async", "apply", "map", "starmap", "map_async"]


def job(n, ms):
    work(ms)
    return n


def job_n(n):
    return job(n, JOB_MS[n])


finished = []


def on_result(n):          # runs in the parent process when job n is done
    finished.append(n)


def run(pool, mode):
    note(f"start {MODES[mode]}")
    start = time.perf_counter()
    if mode == 1:
        handles = [pool.apply_async(job, (n, ms), callback=on_result)
                   for n, ms in enumerate(JOB_MS)]
        note("all eight submitted; the main process is free")
        for h in handles:
            h.wait()      # AsyncResult: wait() blocks, get() also returns the value
        result = list(finished)
    elif mode == 2:
        result = [pool.apply(job, (n, ms)) for n, ms in enumerate(JOB_MS)]
    elif mode == 3:
        result = pool.map(job_n, range(len(JOB_MS)))
    elif mode == 5:
        handle = pool.map_async(job_n, range(len(JOB_MS)))
        note("map_async returned at once")
        result = handle.get()         # now wait for all the results
    else:
        result = pool.starmap(job, list(enumerate(JOB_MS)))   # each tuple is unpacked
    elapsed = time.perf_counter() - start
    print(f"{MODES[mode]:>11}: {elapsed:.3f} s, jobs in order {result}")


if __name__ == "__main__":
    pool = Pool(WORKERS)
    for mode in ([1, 2, 3, 4, 5] if MODE == 0 else [MODE]):
        run(pool, mode)
    pool.close()      # no more jobs...
    pool.join()       # ...and wait for the workers to exit
    print(f"one worker doing all jobs would need about {sum(JOB_MS) / 1000:.3f} s")
