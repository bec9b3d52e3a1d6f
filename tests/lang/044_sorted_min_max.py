# min / max with key and default, sorted, on several kinds of data.
nums = [7, -3, 12, 0, 5]
print(min(nums), max(nums), min(3, 1, 2), max(3, 1, 2))
print(min("hello"), max("hello"), min(["b", "a"]), max([(1, "z"), (2, "a")]))
print(min([], default=None), max([], default="empty"), min([4], default=0))
print(max(nums, key=abs), min(nums, key=abs), max(nums, key=lambda n: -n))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words))
print(max("pear", "fig", "banana", key=len))
print(max([3, 3.0]), max([3.0, 3]), min([1, True]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
students = [{"name": "ann", "grade": 88}, {"name": "bob", "grade": 95}, {"name": "cid", "grade": 72}]
best = max(students, key=lambda s: s["grade"])
worst = min(students, key=lambda s: s["grade"])
print(best["name"], worst["name"])
print([s["name"] for s in sorted(students, key=lambda s: s["grade"], reverse=True)])
points = [(1, 5), (3, 2), (-2, 4)]
print(min(points), max(points), min(points, key=lambda p: p[1]))
print(sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
d = {"a": 3, "b": 9, "c": 1}
print(max(d), max(d.values()), max(d, key=lambda k: d[k]), min(d.items(), key=lambda kv: kv[1]))
running_max = []
cur = None
for n in [3, 1, 4, 1, 5, 9, 2, 6]:
    cur = n if cur is None else max(cur, n)
    running_max.append(cur)
print(running_max)
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs))
print(sorted(words, key=lambda w: (-len(w), w)))
print(max(0.5, 1), min(-0.0, 0.0), max(-0.0, 0.0))
