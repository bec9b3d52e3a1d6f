count = 0
nonlocal count
count += 1
