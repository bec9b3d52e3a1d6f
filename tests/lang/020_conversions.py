# int(), float(), str(), bool() conversions.
print(int("42"), int("  42 "), int("-7"), int("+3"), int("0"), int("007"))
print(int("ff", 16), int("FF", 16), int("1010", 2), int("777", 8), int("z", 36))
print(int("0x1f", 16), int("0b11", 2), int("0o17", 8))
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(True), int(False))
print(int(1e15), int(2.5e3), int("  -0  "))
print(float("3.25"), float(" 1e3 "), float("-.5"), float("5."), float(2))
print(float("inf"), float("-inf"), float("nan"), float(" NaN "))
print(str(42), str(-0.0), str(1.0), str(1e-7), str(True), str(None))
print(str([1, "a"]), str((1,)), str({"k": "v"}), str(""))
print(repr(str(3)), repr(str(3.5)), repr("3"))
print(bool(0), bool(0.0), bool(""), bool("0"), bool([]), bool(None), bool(2))
print(list("hi"), tuple([1, 2]), list((3, 4)), list(range(3, 0, -1)))
print(dict([(1, "a"), (2, "b")]), list({"x": 1, "y": 2}.items()))
numbers = ["10", " 20", "30 ", "-5", "+6"]
print(sum(int(n) for n in numbers))
print([float(x) for x in ["1", "2.5", "-0", "1e2"]])
print(int(float("2.9")), float(int("7")), str(int("08")))
print(int(str(12345)[::-1]))
print(str(12) + str(3), int("12") + int("3"))
value = "3.0"
print(float(value) == 3, int(float(value)))
print(ord("A"), chr(66), ord("中"), chr(20013), ord("\n"), chr(97 + 25))
print([chr(c) for c in range(ord("a"), ord("f"))])
hex_digits = "0123456789abcdef"


def to_base(n, base):
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        out = hex_digits[n % base] + out
        n //= base
    return "-" + out if neg else out


for n in [0, 5, 255, -42, 1000]:
    s2 = to_base(n, 2)
    s16 = to_base(n, 16)
    print(n, s2, s16, int(s2, 2), int(s16, 16))
