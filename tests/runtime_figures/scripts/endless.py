# Never ends: only --until stops it (exit code 4).
n = 0
while True:
    n += 1
