# A time.sleep inside a coroutine blocks the whole loop: the other task cannot run meanwhile.
import asyncio
import time


async def ticker(log, n):
    for i in range(n):
        log.append(f"tick {i}")
        await asyncio.sleep(0.001)


async def blocker(log, cooperative):
    log.append("blocker starts")
    if cooperative:
        await asyncio.sleep(0.2)
    else:
        time.sleep(0.2)
    log.append("blocker ends")


async def main(cooperative):
    log = []
    await asyncio.gather(blocker(log, cooperative), ticker(log, 3))
    print("cooperative" if cooperative else "blocking   ", log)


asyncio.run(main(False))
asyncio.run(main(True))
