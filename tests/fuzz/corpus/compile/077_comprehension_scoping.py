# List/dict/set comprehensions: nesting, conditions and scoping.
x = "outer"
squares = [x * x for x in range(5)]
print(squares, x)
evens = [n for n in range(20) if n % 2 == 0 if n % 3 != 0]
print(evens)
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
pairs = [(i, j) for i in range(3) for j in range(3) if i != j]
print(pairs)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
flat = [v for row in matrix for v in row if v % 2]
print(flat)
transposed = [[row[c] for row in matrix] for c in range(3)]
print(transposed)
words = ["level", "python", "noon", "Interleave", "a"]
print([w for w in words if w == w[::-1]])
print({w: w[::-1] for w in words if len(w) > 4})
print(sorted({len(w) for w in words}))
n = 10
print([n * i for i in range(3)], n)
try:
    print(i)
except NameError as e:
    print("NameError:", e)
factor = 3
scaled = [v * factor for v in range(4)]
print(scaled)
funcs = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in funcs])
grid = [["." for _ in range(4)] for _ in range(2)]
grid[0][1] = "#"
print(["".join(r) for r in grid])
primes = [p for p in range(2, 40) if all(p % d for d in range(2, p))]
print(primes)
nested = [[y for y in range(x)] for x in range(4)]
print(nested)
text = "the quick brown fox"
print([(w, len(w)) for w in text.split()], {w[0]: len(w) for w in text.split()})
print([c for c in "Hello World" if c.isupper()], [ord(c) - 96 for c in "abc"])
