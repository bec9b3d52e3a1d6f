# update, copy, clear, equality, dict(...) constructors, fromkeys.
base = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
merged = base.copy()
merged.update(override)
print(base)
print(merged)
merged.update(timeout=30, host="example.org")
print(merged)
merged.update([("retries", 3), ("port", 443)])
print(merged)
shallow = merged.copy()
shallow["host"] = "changed"
print(merged["host"], shallow["host"], shallow == merged)
nested = {"list": [1, 2]}
c = nested.copy()
c["list"].append(3)
print(nested, c, c is nested, c == nested)
c.clear()
print(c, nested)
print(dict(a=1, b=2) == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} == {"a": 1, "b": 2})
print(dict.fromkeys(["x", "y", "z"]), dict.fromkeys("ab", 0))
keys = ["name", "age", "city"]
values = ["Ann", 31, "Oslo", "ignored"]
person = dict(zip(keys, values))
print(person)
print(dict(zip(range(3), "abc")), dict([("k", "v")]), dict(one=1, **{"two": 2}))
print({**base, **override}, {**base, "port": 1})
counts = {"a": 3, "b": 1}
more = {"b": 4, "c": 2}
for k, v in more.items():
    counts[k] = counts.get(k, 0) + v
print(counts)
print(list(counts.items()), sum(counts.values()), max(counts, key=counts.get))
d1 = {1: "x", 2: "y"}
d2 = {2: "y", 1: "x"}
print(d1 == d2, list(d1) == list(d2), d1 != {1: "x"})
squares = {}
for n in range(1, 6):
    squares[n] = n * n
squares.update({n: -n for n in range(4, 8)})
print(squares)
print(len(squares), 7 in squares, 8 in squares)
