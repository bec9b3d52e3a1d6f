# Printing forever is stopped by the output limit (exit code 4); what was printed before it is kept.
# interleave: max-output-mb=1
n = 0
while True:
    print("line", n)
    n += 1
