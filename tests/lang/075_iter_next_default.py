# iter() and next() with defaults, manual iteration over builtin containers.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
s = iter("ab")
print(next(s), next(s), next(s, "-"))
t = iter((10, 20))
print(list(t), list(t))
d = iter({"x": 1, "y": 2})
print(next(d), next(d), next(d, "no more keys"))
r = iter(range(3))
print(next(r), list(r))
items = iter(["header", "row1", "row2", "row3"])
header = next(items)
print("header:", header, "rows:", list(items))
e = iter(enumerate("xyz"))
print(next(e), next(e))
z = iter(zip("ab", [1, 2]))
print(list(z))
lines = ["# comment", "# another", "data 1", "data 2"]
it = iter(lines)
line = next(it)
while line.startswith("#"):
    line = next(it)
print("first data line:", line, "remaining:", list(it))
it = iter([5, 6])
total = 0
while True:
    value = next(it, None)
    if value is None:
        break
    total += value
print("total", total)


def pairwise(seq):
    it = iter(seq)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur


print(list(pairwise([1, 2, 4, 7])), list(pairwise([1])), list(pairwise([])))
same = iter([1, 2])
print(iter(same) is same)
empty = iter([])
try:
    next(empty)
except StopIteration as stop:
    print("StopIteration", repr(stop.value))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
