# Benchmark: list building and appending, dict insert / lookup / update with int and str
# keys, and list sorting. Uses only the Interleave subset (no imports). Prints a checksum.
ROUNDS = 40
SIZE = 20000

checksum = 0
for r in range(ROUNDS):
    numbers = []
    for i in range(SIZE):
        numbers.append((i * 7919 + r) % 10007)
    by_int = {}
    for i in range(SIZE):
        key = numbers[i]
        by_int[key] = by_int.get(key, 0) + i
    by_str = {}
    for i in range(0, SIZE, 4):
        name = "k" + str(numbers[i] % 2000)
        if name in by_str:
            by_str[name] += 1
        else:
            by_str[name] = 1
    hits = 0
    for i in range(SIZE):
        if i in by_int:
            hits += by_int[i] % 13
    by_int.update({k: 0 for k in range(100)})
    numbers.sort()
    words = list(by_str.keys())
    words.sort(reverse=True)
    pairs = [(by_str[w], w) for w in words[:500]]
    pairs.sort()
    checksum = (checksum * 31 + hits + numbers[SIZE // 2] + len(by_int) + len(by_str)
                + pairs[-1][0] + len(words[0])) % 1000000007
print("rounds:", ROUNDS, "size:", SIZE)
print("checksum:", checksum)
