# lambda, functions as values, dispatch tables, returning functions.
add = lambda a, b: a + b
print(add(2, 3), (lambda: "no args")(), (lambda x, y=10: x * y)(4))
print((lambda *a, **k: (a, k))(1, 2, z=3))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for sym in ["+", "-", "*", "/"]:
    print(6, sym, 4, "=", ops[sym](6, 4))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


print(apply_n(lambda v: v * 2, 10, 1), apply_n(lambda s: s + "!", 3, "hey"))


def shout(text):
    return text.upper() + "!"


def whisper(text):
    return text.lower() + "..."


for speak in [shout, whisper, str.title]:
    print(speak("Hello There"))
handlers = [shout, whisper]
print(handlers[0]("x"), handlers[-1]("Y"))
print(shout.__name__, whisper.__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))


def curry(f):
    return lambda a: lambda b: f(a, b)


curried_add = curry(add)
add5 = curried_add(5)
print(add5(1), curry(max)(3)(9))


def pipeline(*funcs):
    def run(value):
        for f in funcs:
            value = f(value)
        return value
    return run


clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello Big World "))
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print(fact(10))
print(list(map(lambda f: f(16), [lambda x: x ** 0.5, lambda x: x // 3, str])))
