# Default arguments, evaluated once; the mutable default pitfall.


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cid", punct="?"))
print(greet(greeting="Yo", name="Dee"))


def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))


def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_good(1), append_good(2))
counter_default = 10


def show(value=counter_default):
    return value


counter_default = 20
print(show(), show(5))


def power(base, exp=2):
    return base ** exp


print([power(n) for n in range(5)], power(2, 10), power(exp=3, base=3))


def describe(a, b=2, *rest, c=3, **extra):
    return f"a={a} b={b} rest={rest} c={c} extra={extra}"


print(describe(1))
print(describe(1, 5, 6, 7, c=8, d=9))
print(describe(a=0, e=1))


def memo_fib(n, cache={}):
    if n in cache:
        return cache[n]
    result = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    cache[n] = result
    return result


print(memo_fib(50))
print(memo_fib(30), memo_fib(10))
