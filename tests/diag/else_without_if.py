x = 3
if x > 2:
    print("big")
print("checked")
else:
    print("small")
