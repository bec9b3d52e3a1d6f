# __str__ and __repr__: print, str(), repr(), containers use repr.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return "<OnlyRepr " + self.tag + ">"


class OnlyStr:
    def __str__(self):
        return "only-str"


p = Point(1, 2.5)
print(p)
print(str(p), repr(p))
print([p, Point("a", None)])
print((p,), {"origin": Point(0, 0)})
print(f"{p} {p!r} {p!s}")
print("%s %r" % (p, p))
print("{} {!r}".format(p, p))
o = OnlyRepr("x")
print(o, str(o), [o])
s = OnlyStr()
print(s, str(s), f"{s}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"


wallet = [Money(1999), Money(5), Money(-250)]
for m in wallet:
    print(m, repr(m))
print(wallet)
print(", ".join(str(m) for m in wallet))


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(str(v).rjust(width) for v in row) for row in self.rows)


print(Matrix([[1, 20, 3], [400, 5, 6]]))
