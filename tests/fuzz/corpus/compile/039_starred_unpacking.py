# Starred assignment targets and star expressions in literals and calls.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = (9,)
print(init, last)
head, *_ = [7, 8, 9]
print(head)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
for key, *vals in [("a", 1, 2), ("b", 3), ("c",)]:
    print(key, vals)
combined = [*range(3), *"ab", *[9]]
print(combined)
print((*[1, 2], 3), [*"xyz"], {*[1, 2, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3])
print(*"abc", sep="-")


def total(*nums):
    return sum(nums)


values = [4, 5, 6]
print(total(*values), total(*values, 10), total(1, *values, *values))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)))
cols = [list(c) for c in zip(*matrix)]
print(cols)
records = ["2024-01-05 error disk full now", "2024-01-06 info all good"]
for rec in records:
    date, level, *words = rec.split()
    print(date, level.upper(), len(words), " ".join(words))
