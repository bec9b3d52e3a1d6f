# Generator expressions: laziness, single use, in calls.
squares = (n * n for n in range(5))
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(n for n in range(101)), sum(n * n for n in range(10) if n % 2))
print(max(len(w) for w in ["a", "abc", "ab"]), min(x % 7 for x in [15, 23, 40]))
print(any(c.isdigit() for c in "abc1"), all(c.islower() for c in "abC"))
print(tuple(c.upper() for c in "hey"), sorted(x for x in [3, 1, 2]))
print("-".join(str(i) for i in range(5)))
print(dict((k, len(k)) for k in ["one", "three"]))
log = []


def noisy(n):
    log.append(n)
    return n


lazy = (noisy(i) for i in range(100))
print(log)
first_three = [next(lazy) for _ in range(3)]
print(first_three, log)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
words = ["apple", "Banana", "cherry", "Date"]
caps = (w for w in words if w[0].isupper())
lengths = (len(w) for w in caps)
print(list(lengths))
nums = [4, 8, 15, 16, 23, 42]
print(next((n for n in nums if n > 10), None), next((n for n in nums if n > 100), "none"))
total = 0
for sq in (x * x for x in nums):
    total += sq
print(total)
print(sum(1 for _ in "count me"))
gen = (i for i in range(3))
for i in gen:
    print("loop", i)
print("after loop", list(gen))
matrix = [[1, 2], [3, 4]]
print(sum(sum(row) for row in matrix), list(x for row in matrix for x in row))
