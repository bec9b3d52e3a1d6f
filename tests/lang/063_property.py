# @property getters, setters with validation, computed attributes.

class Circle:
    def __init__(self, radius):
        self._radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value

    @property
    def diameter(self):
        return self._radius * 2

    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 3)

c = Circle(2)
print(c.radius, c.diameter, c.area)
c.radius = 5
print(c.radius, c.diameter, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
print(c.radius)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError raised:", type(e).__name__)

class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @property
    def initials(self):
        return self.first[0] + self.last[0]

p = Person("Ada", "Lovelace")
print(p.full_name, p.initials)
p.first = "Augusta"
print(p.full_name, p.initials)

class Stats:
    def __init__(self):
        self.values = []

    def add(self, v):
        self.values.append(v)
        return self

    @property
    def count(self):
        return len(self.values)

    @property
    def mean(self):
        return sum(self.values) / self.count if self.count else None

s = Stats()
print(s.count, s.mean)
s.add(3).add(4).add(8)
print(s.count, s.mean)
