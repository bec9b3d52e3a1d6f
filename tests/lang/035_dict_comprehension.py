# Dict comprehensions and grouping / counting patterns.
squares = {n: n * n for n in range(6)}
print(squares)
evens = {n: sq for n, sq in squares.items() if n % 2 == 0}
print(evens)
words = ["apple", "bob", "kiwi", "banana", "fig"]
lengths = {w: len(w) for w in words}
print(lengths)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
first_letter = {w[0]: w for w in words}
print(first_letter)
swapped = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(swapped)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
print({k: v for k, v in zip("xyz", range(10, 13))})
text = "it was the best of times it was the worst of times"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
common = {w: c for w, c in freq.items() if c > 1}
print(common)
char_classes = {c: ("vowel" if c in "aeiou" else "consonant") for c in "abcde"}
print(char_classes)
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
print(nested[3][2])
scores = {"ann": [80, 90], "bob": [70], "cid": [100, 95, 90]}
averages = {name: sum(s) / len(s) for name, s in scores.items()}
print(averages)
print({name: round(avg) for name, avg in averages.items()})
