# repr() of nested containers with strings, floats, None and booleans.
print(repr("it's"), repr('say "hi"'), repr("plain"), repr("both ' and \""))
print(repr(["it's", 'q"']), repr(("a",)), repr({"k": "v's"}))
data = {
    "name": "O'Brien",
    "tags": ["a", "b\tc", 'd"e'],
    "scores": (1.0, 0.5, -0.0, 1e-06, 1e16),
    "flags": {"on": True, "off": False, "none": None},
    "nested": [[[]], [()], [{}]],
}
print(data)
print(repr(data) == str(data))
print([1, [2, [3, [4, [5, "deep"]]]]])
print(((1,), (2, 3), ()))
print({1: [1.5, "x"], (2, "t"): {"inner": (None,)}})
print([0.1, 0.2, 0.1 + 0.2], (1 / 3,), {"half": 0.5})
print(["\n", "\\", "\x01", "é", "中"])
print(str(["x"]), str(("x", 1)), repr(str(1)))
print(repr(repr("x")), repr(repr(repr("x"))))
print(f"{['a', 1]!r}", "%r" % ({"k": 'v'},))
row = ("ann", 31, ["py", "c"], {"city": "Oslo"})
print(row)
print(list(row), [row], {"row": row})
empty = [[], (), {}, "", set()]
print(empty)
print([True, False, None, 0, -1, 2.0])
print(repr([1, 2]) + "!", str(3.0) + repr(3.0))
words = {"single": 'it\'s', "double": "say \"yes\"", "mixed": "'\""}
for k, v in words.items():
    print(k, v, repr(v), [v])
