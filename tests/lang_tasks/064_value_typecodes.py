# multiprocessing.Value converts like ctypes: ints wrap to the C type's width, floats accept
# ints, 'f' is single precision, and wrong types raise ctypes' TypeError messages.
from multiprocessing import Process, Value


def bump(v, f):
    v.value += 40
    f.value = f.value * 2


if __name__ == "__main__":
    for code, init in [("b", 300), ("B", -1), ("h", 40000), ("H", -2), ("i", 2**31), ("I", -1),
                       ("l", 2**62), ("q", -5), ("d", 3), ("d", True), ("f", 0.1), ("i", True)]:
        print(code, init, "->", repr(Value(code, init, lock=False).value))
    print(Value("i").value, Value("d").value, repr(Value("u").value), Value("u", "x").value)
    for code, bad in [("i", 1.5), ("i", "7"), ("d", "x"), ("d", None), ("u", 5), ("u", "ab")]:
        try:
            Value(code, bad)
        except TypeError as error:
            print("TypeError:", error)
    try:
        Value("?", 1)
    except TypeError as error:
        print("TypeError:", error)
    v = Value("i", 2)
    f = Value("d", 0.25)
    try:
        v.value = 2.5
    except TypeError as error:
        print("TypeError:", error)
    p = Process(target=bump, args=(v, f))
    p.start()
    p.join()
    print("after child:", v.value, f.value)
