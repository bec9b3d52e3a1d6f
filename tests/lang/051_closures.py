# Closures capture variables, not values; factories; late binding.

def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())

def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

def outer():
    x = "outer x"

    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()

print(outer())

def make_accumulator(start):
    total = [start]

    def add(n):
        total[0] += n
        return total[0]
    return add

acc = make_accumulator(100)
print(acc(10), acc(-5), acc(0))

def compose(f, g):
    return lambda x: f(g(x))

inc = lambda x: x + 1
square = lambda x: x * x
print(compose(inc, square)(5), compose(square, inc)(5))

def make_stack():
    items = []

    def push(x):
        items.append(x)

    def pop():
        return items.pop()

    def size():
        return len(items)
    return push, pop, size

push, pop, size = make_stack()
push(1)
push(2)
push(3)
print(pop(), size(), pop(), pop(), size())
