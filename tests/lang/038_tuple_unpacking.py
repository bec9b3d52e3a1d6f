# Tuple unpacking, nested unpacking, swap, count/index.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[first, second] = [10, 20]
print(first, second)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for (x1, y1), (x2, y2) in [((0, 0), (3, 4)), ((1, 1), (4, 5))]:
    print(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
m = n = 5
print(m, n)
i, j = j, i = 1, 2
print(i, j)
data = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*data)
print(nums, names)
fib_a, fib_b = 0, 1
seq = []
for _ in range(10):
    seq.append(fib_a)
    fib_a, fib_b = fib_b, fib_a + fib_b
print(seq)
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2))
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
lst[0], lst[1] = lst[1], lst[0]
print(lst)
d = {}
d["k"], d["v"] = "key", "value"
print(d)


def polar():
    return 5, (3, 4)


radius, (cx, cy) = polar()
print(radius, cx, cy)
