# asyncio.Semaphore(2): at most two tasks inside at any time; waiters get in first come, first
# served. Each task leaves when the main task sets its event, so no timing is involved.
import asyncio


async def settle():
    for _ in range(5):
        await asyncio.sleep(0)


async def download(n, sem, leave, state, log):
    log.append(f"{n} waits")
    async with sem:
        state["inside"] += 1
        state["most"] = max(state["most"], state["inside"])
        log.append(f"start {n} ({state['inside']} inside)")
        await leave[n].wait()
        state["inside"] -= 1
        log.append(f"end {n}")


async def main():
    sem = asyncio.Semaphore(2)
    leave = [asyncio.Event() for _ in range(5)]
    state = {"inside": 0, "most": 0}
    log = []
    tasks = [asyncio.create_task(download(n, sem, leave, state, log)) for n in range(5)]
    await settle()
    for n in [1, 0, 3, 2, 4]:
        log.append(f"main lets {n} go")
        leave[n].set()
        await settle()
    await asyncio.gather(*tasks)
    for line in log:
        print(line)
    print("most at once:", state["most"])
    print("locked when none left:", sem.locked())
    await sem.acquire()
    await sem.acquire()
    print("locked after two acquires:", sem.locked())
    sem.release()
    sem.release()
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as error:
        print("ValueError:", error)


asyncio.run(main())
