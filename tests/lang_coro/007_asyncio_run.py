# asyncio.run drives a coroutine to completion and returns its result; awaiting a chain.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    print("inside:", x, y)
    return [x, y]


coro = compute()
print("a coroutine object is not a result yet:", isinstance(coro, list))
print("asyncio.run ->", asyncio.run(coro))
print("run again with a new coroutine ->", asyncio.run(add(20, 22)))


async def sleep_result():
    return await asyncio.sleep(0.01, result="slept")


print(asyncio.run(sleep_result()))
