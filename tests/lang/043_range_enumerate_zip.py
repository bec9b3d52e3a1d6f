# range (incl. negative steps), enumerate(start=), zip with uneven lengths, reversed.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)))
print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-5, 5, 2)), list(range(0, -10, -4)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 7 in r, 8 in r)
print(range(5), range(1, 5), range(0, 10, 2), list(reversed(range(4))))
print(len(range(0)), len(range(10, 0, -2)), sum(range(101)))
for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("abc", start=1):
    print(i, ch)
print(list(enumerate(["x", "y"], 10)))
names = ["ann", "bob", "cid"]
ages = [31, 25]
print(list(zip(names, ages)))
print(list(zip(names, ages, "XYZ")), list(zip()), list(zip([1, 2])))
for name, age in zip(names, ages):
    print(f"{name} is {age}")
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((4, 5))))
for i in reversed(range(3)):
    print("countdown", i)
prices = [3.5, 2.0, 4.25]
qtys = [2, 5, 1]
print(sum(p * q for p, q in zip(prices, qtys)))
letters = "abcdef"
print([letters[i] for i in range(len(letters) - 1, -1, -2)])
pairs = list(zip(range(3), range(3, 6)))
print(pairs, dict(pairs))
for idx, (a, b) in enumerate(zip("xy", "pq")):
    print(idx, a + b)
diffs = [b - a for a, b in zip([1, 4, 9, 16], [4, 9, 16, 25])]
print(diffs)
it = enumerate("hi")
print(next(it), next(it))
