# asyncio.Lock: only one task in the critical section, even across awaits; FIFO hand-over.
import asyncio


async def critical(name, lock, log):
    log.append(f"{name} wants the lock")
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.001)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    log = []
    print("locked at first:", lock.locked())
    await asyncio.gather(*[critical(n, lock, log) for n in ["a", "b", "c"]])
    for line in log:
        print(line)
    await lock.acquire()
    print("locked after acquire:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as error:
        print("RuntimeError:", error)


asyncio.run(main())
