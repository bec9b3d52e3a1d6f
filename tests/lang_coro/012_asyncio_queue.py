# asyncio.Queue: a bounded queue between a producer and two consumers; task_done/join.
import asyncio


async def producer(q, log):
    for i in range(6):
        await q.put(i)
        log.append(f"put {i} (size {q.qsize()})")
    for _ in range(2):
        await q.put(None)


async def consumer(name, q, got):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return
        await asyncio.sleep(0.001 * (item + 1))
        got.append(item)


async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full())
    log = []
    got = []
    await asyncio.gather(producer(q, log), consumer("c1", q, got), consumer("c2", q, got))
    await q.join()
    print("consumed (sorted):", sorted(got))
    print("producer log length:", len(log))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait: asyncio.QueueEmpty")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("put_nowait: asyncio.QueueFull")
    try:
        await asyncio.wait_for(small.put("y"), timeout=0.01)
    except asyncio.TimeoutError:
        print("put on a full queue timed out")
    print(await small.get(), small.empty())


asyncio.run(main())
