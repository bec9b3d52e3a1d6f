# keys / values / items views and iteration order.
prices = {"tea": 2.5, "coffee": 3.0, "cake": 4.25}
print(prices.keys())
print(prices.values())
print(prices.items())
print(list(prices.keys()), list(prices.values()), list(prices.items()))
for key in prices:
    print("key", key)
for value in prices.values():
    print("value", value)
for key, value in prices.items():
    print(f"{key:>8}: {value:5.2f}")
keys = prices.keys()
prices["juice"] = 1.75
print(len(keys), "juice" in keys, list(keys))
print("tea" in prices.keys(), 3.0 in prices.values(), ("cake", 4.25) in prices.items())
print(sorted(prices.values()), sum(prices.values()), max(prices.values()))
print(sorted(prices.items(), key=lambda kv: kv[1]))
cheap = [name for name, p in prices.items() if p < 3]
print(cheap)
for i, (name, p) in enumerate(prices.items()):
    print(i, name, p)
d = {"b": 1, "a": 2, "c": 3}
d["a"] = 20
del d["b"]
d["b"] = 10
print(list(d), list(d.values()))
for k in list(d.keys()):
    if d[k] > 5:
        del d[k]
print(d)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed(list({"x": 1, "y": 2}.items()))))
inverted = {v: k for k, v in prices.items()}
print(inverted)
print(list(zip(prices.keys(), prices.values())) == list(prices.items()))
