# Set literals and construction. String sets are printed sorted (their order is random).
empty = set()
small = {1, 2, 3}
print(empty, small, len(small), len(empty))
print({0, 1, 2, 2, 1, 0})
dupes = [1, 1, 2, 3, 3, 3]
print(set(dupes), len(set(dupes)))
letters = set("banana")
print(sorted(letters), len(letters))
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words))
print(2 in small, 5 in small, "fig" in words, "kiwi" not in words)
print(set(range(5)), set([0, 2, 4]))
print(set() == set(), {1, 2} == {2, 1}, {1} != {1, 2})
seen = set()
order = []
for item in [4, 2, 4, 1, 2, 5, 1]:
    if item not in seen:
        seen.add(item)
        order.append(item)
print("first occurrences:", order)
print(sorted(seen))
print(repr(set()), str({7}))
tags = {("a", 1), ("b", 2)}
print(sorted(tags))
print(sorted({3.5, 1.25, 2.0}))
mixed_len = {len(w) for w in ["aa", "b", "cc", "ddd"]}
print(sorted(mixed_len))
vowels = set("aeiou")
text = "the quick brown fox jumps over the lazy dog"
found = set()
for ch in text:
    if ch in vowels:
        found.add(ch)
print("vowels found:", sorted(found))
print("missing:", sorted(vowels - found))
print(sorted(set("hello") | set("world")))
print(sum({1, 2, 3}), max({4, 1, 9}), min({4, 1, 9}))
print(sorted({x % 3 for x in range(10)}))
print(bool(set()), bool({0}))
