# gather returns results in argument order, whatever order the coroutines finish in.
import asyncio

finished = []


async def job(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)
    return f"{name}:{delay}"


async def main():
    results = await asyncio.gather(job("slow", 0.03), job("fast", 0.01), job("mid", 0.02))
    print("results:", results)
    print("finish order:", finished)
    print("empty gather:", await asyncio.gather())
    task = asyncio.create_task(job("task", 0.0))
    mixed = await asyncio.gather(task, job("coro", 0.0))
    print("tasks and coroutines:", mixed)


asyncio.run(main())
