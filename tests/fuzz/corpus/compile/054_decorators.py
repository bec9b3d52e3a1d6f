# Simple function decorators (no decorator arguments).
calls = []

def trace(func):
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

@trace
def greet(name, punct="!"):
    return "hi " + name + punct

print(add(2, 3))
print(greet("ann", punct="?"))
print(calls)

def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))

def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def square(x):
    return x * x

print([square(i) for i in range(4)], square.calls)

def bold(func):
    return lambda: "<b>" + func() + "</b>"

def italic(func):
    return lambda: "<i>" + func() + "</i>"

@bold
@italic
def text():
    return "styled"

print(text())
registry = {}

def register(func):
    registry[func.__name__] = func
    return func

@register
def alpha():
    return "A"

@register
def beta():
    return "B"

print(sorted(registry), [registry[k]() for k in sorted(registry)])
