# create_task schedules a coroutine; it runs only when the creator awaits something.
import asyncio


async def worker(name, log):
    log.append(f"{name} starts")
    await asyncio.sleep(0)
    log.append(f"{name} ends")
    return name.upper()


async def main():
    log = []
    t1 = asyncio.create_task(worker("one", log))
    t2 = asyncio.create_task(worker("two", log), name="second")
    log.append("main created both")
    print("done right after create:", t1.done(), t2.done())
    print("names:", t1.get_name(), t2.get_name())
    print("current task:", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    log.append("main after one sleep(0)")
    r1 = await t1
    r2 = await t2
    print(log)
    print("results:", r1, r2, t1.result(), "done:", t1.done())


asyncio.run(main())
