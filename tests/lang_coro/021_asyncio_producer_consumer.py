# asyncio producer/consumer: two producers, one consumer, a bounded Queue, None sentinels.
# The producers pace themselves with sleep(0) (one turn of the event loop), so the order
# is fixed by asyncio's first-in-first-out ready queue, not by timing.
import asyncio


async def producer(name, q, count, turns, log):
    for i in range(count):
        for _ in range(turns):
            await asyncio.sleep(0)
        await q.put(f"{name}{i}")
        log.append(f"{name} put {name}{i}")
    await q.put(None)


async def consumer(q, producers, log):
    finished = 0
    while finished < producers:
        item = await q.get()
        if item is None:
            finished += 1
        else:
            log.append(f"got {item}")


async def main():
    q = asyncio.Queue(2)
    log = []
    await asyncio.gather(consumer(q, 2, log), producer("p", q, 4, 1, log),
                         producer("q", q, 3, 2, log))
    for line in log:
        print(line)
    print("queue empty at the end:", q.empty())


asyncio.run(main())
