# Ends with an uncaught TypeError inside a generator pipeline.


def numbers(items):
    for item in items:
        print("yielding", repr(item))
        yield item


def doubled(gen):
    for value in gen:
        yield value + value


def running_total(gen):
    total = 0
    for value in gen:
        total = total + value
        print("total", total)
    return total


print(running_total(doubled(numbers([1, 2, 3]))))
print(running_total(doubled(numbers(["a", "b"]))) if False else "skipped strings")
running_total(doubled(numbers([4, "x", 5])))
print("not reached")
