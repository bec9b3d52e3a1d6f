# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n =", n)
else:
    print("while finished normally, n =", n)
m = 0
while True:
    m += 1
    if m * m > 50:
        break
print("first m with m*m > 50:", m)
k = 10
while k > 0:
    if k == 4:
        print("breaking at", k)
        break
    k -= 3
else:
    print("never printed")
k = 10
while k > 0:
    if k == 4:
        print("breaking at", k)
        break
    k -= 4
else:
    print("no break, k =", k)


def collatz_steps(start):
    steps = 0
    value = start
    while value != 1:
        value = value // 2 if value % 2 == 0 else 3 * value + 1
        steps += 1
    return steps


for s in [1, 6, 7, 27]:
    print("collatz", s, collatz_steps(s))
balance = 1000.0
years = 0
while balance < 2000:
    balance *= 1.07
    years += 1
print("doubled after", years, "years:", round(balance, 2))
i = 0
found = []
while i < 30:
    i += 1
    if i % 2 == 0:
        continue
    if i % 7 == 0:
        found.append(i)
print(found)
queue = [5, 3, 8]
while queue:
    item = queue.pop()
    print("processing", item)
    if item == 3:
        queue.append(1)
print("queue empty:", queue)
count = 0
while count < 3:
    count += 1
else:
    print("else ran, count =", count)
