# wait_for: on timeout the inner coroutine is cancelled and TimeoutError is raised.
import asyncio


async def slow(log):
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        log.append("slow was cancelled")
        raise
    finally:
        log.append("slow's finally ran")


async def quick():
    await asyncio.sleep(0.01)
    return "quick result"


async def main():
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.02)
    except asyncio.TimeoutError:
        print("asyncio.TimeoutError")
    print(log)
    print("is the builtin TimeoutError:", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), timeout=None))
    try:
        await asyncio.wait_for(quick(), timeout=0)
    except TimeoutError:
        print("timeout=0: TimeoutError")


asyncio.run(main())
