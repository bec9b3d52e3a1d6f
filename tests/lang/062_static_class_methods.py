# @staticmethod and @classmethod, alternative constructors.


class Temperature:
    unit = "C"

    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0

    @classmethod
    def describe_unit(cls):
        return "unit is " + cls.unit

    def __repr__(self):
        return f"{type(self).__name__}({self.celsius:.1f})"


t1 = Temperature(21.5)
t2 = Temperature.from_fahrenheit(212)
t3 = t1.from_fahrenheit(32)
print(t1, t2, t3)
print(Temperature.is_freezing(-1), t1.is_freezing(t1.celsius), Temperature.is_freezing(t3.celsius))
print(Temperature.describe_unit(), t1.describe_unit())


class Kelvin(Temperature):
    unit = "K"


k = Kelvin.from_fahrenheit(-40)
print(k, isinstance(k, Kelvin), Kelvin.describe_unit())


class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))

    @staticmethod
    def mean(values):
        return sum(values) / len(values) if values else 0.0


print([MathUtil.clamp(v, 0, 10) for v in [-5, 5, 15]])
print(MathUtil.mean([1, 2, 3, 4]), MathUtil.mean([]))


class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def valid(text):
        parts = text.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)

    def __str__(self):
        return f"{self.d:02d}/{self.m:02d}/{self.y}"


for s in ["2024-03-07", "bad-date", "1999-12-31"]:
    if Date.valid(s):
        print(s, "->", Date.parse(s))
    else:
        print(s, "invalid")
