# Generator functions: yield, next(), exhaustion, yield in loops, laziness.

def count_up(limit):
    print("  generator started")
    n = 0
    while n < limit:
        yield n
        n += 1
    print("  generator finished")

gen = count_up(3)
print("created")
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration at exhaustion")
print(next(gen, "default after exhaustion"))
print(list(count_up(4)))
for value in count_up(2):
    print("loop got", value)

def evens():
    n = 0
    while True:
        yield n
        n += 2

taken = []
for e in evens():
    if e > 10:
        break
    taken.append(e)
print(taken)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])

def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]

print(list(chunks(list(range(10)), 3)))
print(list(chunks("abcdefg", 2)))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))

def trace_steps():
    print("  step A")
    yield "A"
    print("  step B")
    yield "B"

t = trace_steps()
print("before first next")
print(next(t))
print(next(t))
print(sum(count_up(5)), max(fib_value for fib_value in [3, 1, 2]))
