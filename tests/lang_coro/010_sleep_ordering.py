# Three tasks sleeping 30, 10 and 20 ms finish in the order b, c, a.
import asyncio


async def sleeper(name, ms, order):
    print(f"{name} sleeps {ms} ms")
    await asyncio.sleep(ms / 1000)
    order.append(name)
    print(f"{name} wakes")


async def main():
    order = []
    tasks = [asyncio.create_task(sleeper(n, ms, order)) for n, ms in [("a", 30), ("b", 10), ("c", 20)]]
    for t in tasks:
        await t
    print("order:", order)


asyncio.run(main())
