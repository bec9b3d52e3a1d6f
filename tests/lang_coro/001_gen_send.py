# Generators as coroutines: prime with next(), send() values in, yield values out.
def running_total():
    total = 0
    while True:
        received = yield total
        print("  got", received)
        if received is None:
            continue
        total += received


acc = running_total()
print("prime:", next(acc))
for n in [5, 10, -3]:
    print("send", n, "->", acc.send(n))
print("send(None) is next():", acc.send(None), next(acc))

fresh = running_total()
try:
    fresh.send(1)
except TypeError as error:
    print("TypeError:", error)


def echo():
    reply = None
    while True:
        reply = yield f"echo: {reply}"


e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.send([1, 2]))
