# A loop that never ends is stopped by the instruction budget (exit code 4).
# interleave: max-instructions=2000000
n = 0
while n >= 0:
    n += 1
