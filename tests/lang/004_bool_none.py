# True, False, None and truthiness of every kind of value.
print(True, False, None)
print(True + True, True * 10, False - 1)
print(int(True), int(False), float(True), str(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1))
print(bool(""), bool("a"), bool([]), bool([0]), bool(()), bool((0,)))
print(bool({}), bool({0: 0}), bool(None), bool(set()), bool({1}))
print(not None, not 0, not "x", not not [])
print(None is None, None == None, None is not None)
x = None
if x is None:
    print("x is None")
if not x:
    print("x is falsy")
print(True == 1, False == 0, True is True)
print(1 < 2 == True)


def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return None


r = find([5, 6, 7], 6)
print(r, find([5, 6, 7], 8))
print(str(None), repr(None), [None, True, False])
print(True and 3, False and 3, None or "default", 0 or None)
print(isinstance(True, int), isinstance(1, bool))
print(sum([True, True, False, True]))
count = 0
for flag in [True, False, True, True]:
    if flag:
        count += 1
print("count", count)
print(max(True, 2), min(False, -1))
print(True & False, True | False, True ^ True, True & 3)


def nothing():
    pass


print(nothing(), nothing() is None)
print(repr(True), repr(False), str(True) + "!")
print(bool("False"), bool(" "), bool(0 if False else 1))
