# Keeping everything alive grows the heap until the heap limit ends the run (exit code 4).
# interleave: max-heap-mb=32
keep = []
while True:
    keep.append([0] * 10000)
