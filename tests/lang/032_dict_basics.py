# Dict get / setdefault / pop / popitem / del / KeyError handling.
stock = {"apple": 5, "pear": 0, "plum": 12}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", -1), stock.get("pear", 99))
print(stock.setdefault("kiwi", 7), stock.setdefault("apple", 100))
print(stock)
print(stock.pop("pear"), stock.pop("missing", "none"))
print(stock)
print(stock.popitem(), stock)
stock["fig"] = 3
del stock["apple"]
print(stock, len(stock))
try:
    stock["banana"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    del stock["banana"]
except KeyError as e:
    print("del KeyError", e)
try:
    stock.pop("banana")
except KeyError as e:
    print("pop KeyError", repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    {(1, 2): "t"}[(2, 1)]
except KeyError as e:
    print("tuple key:", e)
try:
    {1: "a"}[2]
except KeyError as e:
    print("int key:", e, e.args[0] + 1)
groups = {}
for word in ["ant", "bee", "asp", "cat", "bat", "ape"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
inventory = {"bolts": 10}
for item, delta in [("bolts", -3), ("nuts", 5), ("bolts", -7), ("nuts", 1)]:
    inventory[item] = inventory.get(item, 0) + delta
    if inventory[item] == 0:
        del inventory[item]
    print(item, delta, inventory)
d = {}
d["x"] = d.get("x", 0) + 1
d["x"] = d.get("x", 0) + 1
print(d, "x" in d, "y" not in d)
while d:
    k, v = d.popitem()
    print("popped", k, v)
print(d)
