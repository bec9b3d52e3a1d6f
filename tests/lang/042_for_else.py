# for loops with else, break, continue and nested loops.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for word in ["alpha", "beta", "gamma"]:
    if word.startswith("z"):
        print("found z-word")
        break
else:
    print("no z-word")
for word in ["alpha", "zeta", "gamma"]:
    if word.startswith("z"):
        print("found", word)
        break
else:
    print("no z-word")
for i in range(5):
    if i % 2:
        continue
    print("even", i)
for i in []:
    print("never")
else:
    print("empty loop still runs else")
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
target = 12
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print("factors", found)
for ch in "hello":
    print(ch.upper(), end="")
print()
total = 0
for x in [1, 2, 3]:
    total += x
    x = 100
print(total, x)
for i in range(3):
    pass
print("loop variable after loop:", i)
table = ""
for r in range(1, 4):
    for c in range(1, 4):
        table += f"{r * c:3d}"
    table += "\n"
print(table, end="")
for idx, val in enumerate("abc"):
    if val == "b":
        continue
    print(idx, val)
