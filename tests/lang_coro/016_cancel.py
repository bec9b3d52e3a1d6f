# Task.cancel(): CancelledError is raised inside the task at its await; it can clean up;
# awaiting a cancelled task raises CancelledError in the awaiter.
import asyncio


async def long_job(log):
    try:
        log.append("job started")
        await asyncio.sleep(10)
        log.append("never here")
    except asyncio.CancelledError:
        log.append("job got CancelledError, cleaning up")
        raise
    finally:
        log.append("job finally")


async def stubborn(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn swallowed the cancellation")
    return "stubborn result"


async def main():
    log = []
    task = asyncio.create_task(long_job(log))
    await asyncio.sleep(0)
    print("cancel() ->", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting it: CancelledError")
    print("cancelled():", task.cancelled(), "done():", task.done())
    print(log)
    print("cancel() on a done task ->", task.cancel())
    other = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    other.cancel()
    print(await other, "cancelled():", other.cancelled())
    print(log[-1])
    early = asyncio.create_task(long_job(log))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it started; log unchanged:", log[-1])
    print("CancelledError is a BaseException, not an Exception:",
          isinstance(asyncio.CancelledError(), Exception))


asyncio.run(main())
