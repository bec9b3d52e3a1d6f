# Dict literals and construction; insertion order is kept.
empty = {}
ages = {"alice": 30, "bob": 25, "carol": 35}
print(empty, ages, len(ages))
print(ages["bob"], "alice" in ages, "dave" in ages, 30 in ages)
mixed = {1: "one", "two": 2, (3, 4): [3, 4], None: None, 2.5: True}
print(mixed)
print(mixed[(3, 4)], mixed[None], mixed[2.5])
ages["dave"] = 40
ages["alice"] = 31
print(ages)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]))
print(dict(zip(["k1", "k2", "k3"], [10, 20, 30])))
print(dict({"a": 1}, b=2))
repeat = {"k": 1, "j": 2, "k": 3}
print(repeat)
nested = {"outer": {"inner": {"leaf": [1, 2, {"deep": "yes"}]}}}
print(nested["outer"]["inner"]["leaf"][2]["deep"])
print(nested)
print(repr({"it's": 'say "hi"'}))
print({1: 1.0, 2: 0.1, 3: -0.0})
counts = {}
for ch in "mississippi":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
print(list(counts), sorted(counts), list(counts.values()))
inverse = {}
for key in counts:
    inverse.setdefault(counts[key], []).append(key)
print(inverse)
print({} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
keys = ["z", "y", "x"]
order = {}
for i, key in enumerate(keys):
    order[key] = i
print(order, list(order.keys()))
del order["y"]
order["y"] = 99
print(order)
print({i: i * i for i in range(5)})
