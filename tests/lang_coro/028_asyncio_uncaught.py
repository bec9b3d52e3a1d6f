# An exception escaping the main coroutine propagates out of asyncio.run: exit status 1.
# Tasks still pending when main ends are cancelled by asyncio.run.
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background task cancelled while asyncio.run shuts down")
        raise


async def failing_step():
    await asyncio.sleep(0)
    raise LookupError("no such key in the coroutine")


async def main():
    task = asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main awaits the failing step; the task is pending:", not task.done())
    await failing_step()
    print("never printed")


asyncio.run(main())
print("never printed either")
