# gather: the first exception propagates to the awaiter (the others keep running);
# with return_exceptions=True exceptions are returned as results.
import asyncio


async def ok(value, delay):
    await asyncio.sleep(delay)
    return value


async def bad(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")


async def main():
    try:
        await asyncio.gather(ok(1, 0.01), bad(0.02), ok(3, 0.03))
    except ValueError as error:
        print("gather raised:", error)
    results = await asyncio.gather(ok(1, 0.0), bad(0.01), ok(3, 0.0), return_exceptions=True)
    print([repr(r) for r in results])
    await asyncio.sleep(0.03)
    print("done")


asyncio.run(main())
