# List mutation methods.
items = [3, 1, 4]
items.append(1)
items.append([5, 9])
print(items)
items.pop()
items.extend([5, 9, 2])
items.extend((6,))
items.extend("ab")
print(items, len(items))
items.insert(0, "start")
items.insert(3, "mid")
items.insert(100, "end")
items.insert(-1, "before-end")
print(items)
print(items.pop(), items.pop(0), items.pop(-2), items.pop(2))
print(items)
items.remove("a")
items.remove(1)
print(items)
print(items.index(5), items.index(1), items.count(1), items.count(99))
print(items.index(4, 1))
clone = items.copy()
clone.append("only in clone")
print(len(items), len(clone), clone is items, clone[:-1] == items)
items.reverse()
print(items)
items.clear()
print(items, len(items))
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token in "+-*":
        b = stack.pop()
        a = stack.pop()
        if token == "+":
            stack.append(a + b)
        elif token == "-":
            stack.append(a - b)
        else:
            stack.append(a * b)
    else:
        stack.append(int(token))
    print(token, stack)
queue = [1, 2, 3]
while queue:
    head = queue.pop(0)
    if head < 5:
        queue.append(head * 3)
    print("took", head, "queue", queue)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
lst = [1, 2]
lst += [3]
lst *= 2
print(lst)
