# Messages of exceptions raised by builtins, exactly as CPython 3.11 words them.


def show(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 5 % 0)
show(lambda: 1.0 / 0)
show(lambda: [1, 2, 3][5])
show(lambda: (1, 2)[-3])
show(lambda: "abc"[10])
show(lambda: {"a": 1}["b"])
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: "a" * "b")
show(lambda: [1] + (2,))
show(lambda: len(5))
nothing = None
five = 5
show(lambda: nothing())
show(lambda: five[0])
show(lambda: None.upper())
show(lambda: "text".nope)
show(lambda: int("x"))
show(lambda: int("3.5"))
show(lambda: int(""))
show(lambda: float("abc"))
show(lambda: [].pop())
show(lambda: [1].remove(2))
show(lambda: undefined_name)
show(lambda: 1 < "2")
show(lambda: -"x")
show(lambda: {}.popitem())
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: "abc".index("z"))
show(lambda: [1, 2].index(9))
show(lambda: sum(["a", "b"]))
show(lambda: "a" < 1)
show(lambda: {[1]: 2})
show(lambda: {[1, 2]})
show(lambda: abs("x"))
show(lambda: "x".join([1, 2]))


def two(a, b):
    return a + b


show(lambda: two(1))
show(lambda: two(1, 2, 3))
show(lambda: two(1, c=2))
t = (1, 2)
s = "abc"


def assign_tuple():
    t[0] = 5


def assign_str():
    s[0] = "x"


show(assign_tuple)
show(assign_str)
