# Tuples: literals, 1-tuples, packing and tuple operations.
t0 = ()
t1 = (1,)
t2 = 1, 2
t3 = (1, "a", 2.5)
not_tuple = (5)
print(t0, t1, t2, t3, not_tuple)
print(len(t0), len(t1), len(t3))
print(repr(("x",)), str((None,)), ((1, 2), (3,)))
print(tuple(), tuple([4, 5]), tuple("hi"), tuple(range(3)))
print(t2 + t3, t1 * 3, (0,) * 0)
print(t3[0], t3[-1], t3[1:], t3[::-1])
print(2 in t2, "b" in t3)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9))
print((1, 2) == (1, 2), (1, 2) == [1, 2], () == ())
nums = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(nums.count(5), nums.count(7), nums.index(1), nums.index(5))
print(sorted(nums), max(nums), min(nums), sum(nums))
points = [(0, 0), (2, 1), (1, 3), (2, 0)]
points.sort()
print(points)
locations = {(0, 0): "origin", (1, 2): "tree"}
print(locations[(1, 2)], locations[0, 0])
pair = "key", "value"
k, v = pair
print(k, v)


def min_max(values):
    return min(values), max(values)


result = min_max([7, 2, 9])
print(result, isinstance(result, tuple))
lo, hi = min_max([7, 2, 9])
print(lo, hi)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(tuple(x * x for x in range(4)))
records = [("bob", 25), ("alice", 30), ("carol", 25)]
for name, age in sorted(records, key=lambda r: (r[1], r[0])):
    print(f"{name:>6} {age}")
