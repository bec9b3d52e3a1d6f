# __eq__, __lt__ and friends; sorting user objects; __add__ / __mul__ / __neg__.

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)

a = Version("1.2.10")
b = Version("1.10.0")
c = Version("1.2.10")
print(a == c, a == b, a != b, a < b, b < a, a <= c, b > a, b >= a)
versions = [Version(v) for v in ["2.0", "1.2.10", "1.10", "1.2.9", "0.9.1"]]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("3.1") in versions, Version("1.10") in versions)

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

u = Vec(1, 2)
v = Vec(3, -1)
print(u + v, u - v, u * 3, 2 * v, -u)
print(u + v == Vec(4, 1), u == (1, 2), u != v)
total = Vec(0, 0)
for step in [Vec(1, 0), Vec(0, 1), Vec(2, 2)]:
    total += step
print(total)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))

class Plain:
    pass

p1 = Plain()
p2 = Plain()
print(p1 == p1, p1 == p2, p1 != p2)
try:
    p1 < p2
except TypeError as e:
    print("TypeError:", e)
try:
    u + 1
except AttributeError as e:
    print("AttributeError:", e)
