# A coroutine that is called but never awaited never runs; CPython warns on stderr
# ("RuntimeWarning: coroutine 'greet' was never awaited"). Only stdout is compared.
import asyncio

ran = []


async def greet(name):
    ran.append(name)
    print("hello", name)


async def main():
    greet("forgotten")
    await greet("awaited")
    await asyncio.sleep(0)
    print("ran:", ran)


asyncio.run(main())
print("the program goes on")
