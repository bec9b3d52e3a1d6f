# Benchmark: a while loop of integer arithmetic, comparisons and counters.
# Uses only the Interleave subset (no imports). Prints a checksum so no work can be skipped.
LIMIT = 2600000

n = 0
total = 0
evens = 0
mixed = 1
while n < LIMIT:
    total += n * 3 % 7
    if n % 2 == 0:
        evens += 1
    else:
        mixed = (mixed * 31 + n) % 1000003
    n += 1
print("n:", n)
print("evens:", evens)
print("checksum:", total, mixed)
