# Set operators | & - ^ and comparisons. Small int sets print in ascending order.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a | b), sorted(a & b), sorted(a ^ b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {4}, a > {1, 2, 3, 4})
print(a == {4, 3, 2, 1}, a != b, {1, 2}.isdisjoint({3}), a.isdisjoint(b))
c = a.copy()
c |= {9}
c &= {1, 2, 9}
print(sorted(c))
c -= {2}
c ^= {1, 7}
print(sorted(c))
x = set("abracadabra")
y = set("alacazam")
print(sorted(x), sorted(y))
print(sorted(x | y), sorted(x & y), sorted(x - y), sorted(y - x), sorted(x ^ y))
enrolled = {"ann", "bob", "cid", "dee"}
passed = {"bob", "dee", "eve"}
print("passed but not enrolled:", sorted(passed - enrolled))
print("enrolled and passed:", sorted(enrolled & passed))
print("failed:", sorted(enrolled - passed))
print("everyone:", sorted(enrolled | passed))
print("exactly one list:", sorted(enrolled ^ passed))
print(len(enrolled | passed), "eve" in passed - enrolled)
primes = set()
for n in range(2, 30):
    if all(n % p for p in primes):
        primes.add(n)
print(sorted(primes))
odds = {n for n in range(30) if n % 2}
print(sorted(primes - odds), sorted(primes & {2, 3, 5}), len(primes & odds))
print(set() | set(), {0} & set(), set() == {0} - {0})
