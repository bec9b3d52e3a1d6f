# Word frequency counting with deterministic (sorted) output.
text = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""
punct = ",.;:!?\"'"
words = []
for raw in text.split():
    w = raw.strip(punct).lower()
    if w:
        words.append(w)
print(len(words), "words,", len(set(words)), "distinct")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:8]:
    bar = "#" * count
    print(f"{word:<12}{count:>3} {bar}")
singletons = sorted(w for w, c in freq.items() if c == 1)
print("used once:", ", ".join(singletons))
by_length = {}
for w in sorted(freq):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, by_length[length])
longest = max(freq, key=lambda w: (len(w), w))
print("longest:", longest)
letters = {}
for w in words:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
top_letters = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top_letters)
bigrams = {}
for a, b in zip(words, words[1:]):
    key = a + " " + b
    bigrams[key] = bigrams.get(key, 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
