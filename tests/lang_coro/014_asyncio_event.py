# asyncio.Event: waiters block until set(); a set event lets everyone through at once.
import asyncio


async def waiter(name, event, log):
    log.append(f"{name} waits")
    await event.wait()
    log.append(f"{name} released")


async def main():
    event = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(n, event, log)) for n in ["x", "y", "z"]]
    await asyncio.sleep(0.01)
    log.append(f"setting (is_set {event.is_set()})")
    event.set()
    await asyncio.gather(*tasks)
    print("\n".join(log))
    print("is_set:", event.is_set(), "wait() returns:", await event.wait())
    event.clear()
    try:
        await asyncio.wait_for(event.wait(), timeout=0.01)
    except asyncio.TimeoutError:
        print("cleared event: wait timed out")


asyncio.run(main())
