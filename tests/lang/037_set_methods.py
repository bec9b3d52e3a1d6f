# add / discard / remove / pop / update and the named set methods.
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.discard(1)
s.discard(42)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
s.remove(3)
print(s, len(s))
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)), sorted(a.union([7, 8], (9,))))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1, 2}), a.issubset(b), {5}.issuperset(set()))
print(sorted(a.intersection([2, 9], {2, 3})))
u = set([5])
u.update([6, 7], {8})
print(sorted(u))
u.intersection_update({5, 6, 7, 99})
print(sorted(u))
u.difference_update([5])
print(sorted(u))
u.symmetric_difference_update({7, 10})
print(sorted(u))
one = {42}
print(one.pop(), one)
try:
    one.pop()
except KeyError as e:
    print("KeyError:", e)
frozen_copy = a.copy()
a.clear()
print(a, sorted(frozen_copy))
visited = set()
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [1], 5: []}
stack = [1]
order = []
while stack:
    node = stack.pop()
    if node in visited:
        continue
    visited.add(node)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in visited:
            stack.append(nxt)
print("dfs order", order, sorted(visited))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
