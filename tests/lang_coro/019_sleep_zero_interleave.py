# asyncio.sleep(0) gives other ready tasks a turn: three counters interleave round-robin.
import asyncio


async def counter(name, n, out):
    for i in range(n):
        out.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    out = []
    await asyncio.gather(counter("a", 3, out), counter("b", 2, out), counter("c", 4, out))
    print(" ".join(out))
    out.clear()
    await asyncio.gather(counter("x", 2, out), counter("y", 2, out))
    print(" ".join(out))


asyncio.run(main())
