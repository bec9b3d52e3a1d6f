# and / or / not return operands and short-circuit.
print(0 or "x", "" or "default", [] or [1], None or 0)
print(1 and "y", 0 and "y", "a" and "b", [] and "never")
print(1 or 2, 0 or 0.0, "" and 1)
print(not 0, not 1, not "", not [0])
print(None or False or 0 or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(True or False and False, (True or False) and False)
print(not True == False, (not True) == False)
log = []


def side(tag, value):
    log.append(tag)
    return value


r = side("a", 0) and side("b", 1)
print(r, log)
log = []
r = side("a", 1) or side("b", 1)
print(r, log)
log = []
r = side("a", 0) or side("b", "") or side("c", "found")
print(r, log)
log = []
r = side("a", 1) and side("b", 2) and side("c", 0) and side("d", 4)
print(r, log)
config = {}
name = config.get("name") or "anonymous"
print(name)
limit = config.get("limit", 0) or 10
print(limit)
items = []
first = items and items[0]
print(repr(first))
items = [7, 8]
first = items and items[0]
print(first)
x = 5
print(x > 3 and x < 10, x > 3 and "big" or "small", x < 3 and "big" or "small")
print(-x if x > 0 else x, "pos" if x > 0 else "neg" if x < 0 else "zero")
for v in [-2, 0, 3]:
    print(v, "pos" if v > 0 else "neg" if v < 0 else "zero")
print(any([0, "", None]), all([]), any([]), all([1, "a", [0]]))
flags = [True, False, True]
print(sum(1 for f in flags if f), len([f for f in flags if not f]))
